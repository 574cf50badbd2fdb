package tandem.agency;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A registered API client as the administration pages show it; the secret's hash is never read for this. */
record ApiClientSummary(UUID id, String clientId, String agencyCode, String agencyName, String description,
		Instant createdAt, @Nullable Instant revokedAt) {

	/** Partnerships are in England and Wales, so times are shown as people there read them. */
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public boolean revoked() {
		return this.revokedAt != null;
	}

	public String created() {
		return WHEN.format(this.createdAt);
	}

	public String revokedWhen() {
		return this.revokedAt == null ? "" : WHEN.format(this.revokedAt);
	}

}
