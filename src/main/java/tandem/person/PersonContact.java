package tandem.person;

import org.jspecify.annotations.Nullable;

/**
 * One way to reach someone, as any other module may show it. When the contact is not safe to use, the value (a
 * number the perpetrator may answer, an address they may watch) is left out, so no page can render it by mistake.
 *
 * @param value null when the contact is not safe to use
 * @param safeTimes when it is safe to use, e.g. "weekday mornings, text first"
 */
public record PersonContact(ContactKind kind, @Nullable String value, boolean safeToUse, @Nullable String safeTimes,
		@Nullable String note) {

	public PersonContact {
		if (!safeToUse) {
			value = null;
		}
	}

}
