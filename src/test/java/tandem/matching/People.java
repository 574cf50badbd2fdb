package tandem.matching;

import java.util.ArrayList;
import java.util.List;

/** Test people, valid by default: {@code aPerson("1").named("Mary", "Okafor").born(1985, 7, 14).build()}. */
final class People {

	private final String id;

	private final List<PersonRecord.Name> names = new ArrayList<>(List.of(new PersonRecord.Name("Mary", "Okafor")));

	private Integer year = 1985;

	private Integer month = 7;

	private Integer day = 14;

	private String sex = "F";

	private String address = "12 Elm Road Leeds";

	private String postcode = "LS6 2AB";

	private People(String id) {
		this.id = id;
	}

	static People aPerson(String id) {
		return new People(id);
	}

	People named(String given, String family) {
		this.names.set(0, new PersonRecord.Name(given, family));
		return this;
	}

	People alias(String given, String family) {
		this.names.add(new PersonRecord.Name(given, family));
		return this;
	}

	People born(Integer year, Integer month, Integer day) {
		this.year = year;
		this.month = month;
		this.day = day;
		return this;
	}

	People livingAt(String address, String postcode) {
		this.address = address;
		this.postcode = postcode;
		return this;
	}

	PersonRecord build() {
		return new PersonRecord(this.id, this.names, this.year, this.month, this.day, this.sex, this.address,
				this.postcode, null);
	}

}
