package tandem.casework;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A date typed as day/month/year ("27/3/2027"); impossible dates such as 31/2/2027 are not dates. */
final class TypedDate {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private TypedDate() {
	}

	static Optional<LocalDate> parse(String typed) {
		try {
			return Optional.of(LocalDate.parse(typed.strip(), FORMAT));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
