package tandem.person;

import java.util.UUID;

/** Published, inside the deciding transaction, when a combination is undone: {@code separated} is itself again. */
public record PeopleSeparated(UUID kept, UUID separated) {
}
