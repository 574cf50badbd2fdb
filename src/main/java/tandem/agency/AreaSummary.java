package tandem.agency;

import java.util.UUID;

/** An area as the administration pages show it. */
record AreaSummary(UUID id, String code, String name, boolean totpRequired, int version) {
}
