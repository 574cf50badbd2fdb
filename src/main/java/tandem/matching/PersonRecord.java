package tandem.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A person as the matching engine sees one: names (the first is the main one, the rest aliases), date of birth in
 * parts (any part may be unknown), sex, address, postcode and e-mail. Values are as recorded; the engine normalises.
 *
 * @param id the caller's identifier, returned with every match
 */
public record PersonRecord(String id, List<Name> names, @Nullable Integer birthYear, @Nullable Integer birthMonth,
		@Nullable Integer birthDay, @Nullable String sex, @Nullable String address, @Nullable String postcode,
		@Nullable String email) {

	public PersonRecord {
		names = List.copyOf(names);
	}

	public record Name(@Nullable String given, @Nullable String family) {
	}

}
