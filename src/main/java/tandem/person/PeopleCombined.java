package tandem.person;

import java.util.UUID;

/**
 * Published, inside the deciding transaction, when a reviewer confirms that two records are one person: from now on
 * {@code combined} is read as {@code kept} wherever Tandem asks whether two records are the same person.
 */
public record PeopleCombined(UUID kept, UUID combined) {
}
