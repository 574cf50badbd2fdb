package tandem.demo;

import java.time.Clock;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.cases.CaseReference;
import tandem.demo.DemoCase.Perpetrator;
import tandem.demo.DemoPerson.Alias;
import tandem.demo.DemoPerson.Contact;
import tandem.demo.DemoPerson.Equality;

/** Writes the demo's people and cases into the case tables, each person once however many cases they are in. */
@Component
@ConditionalOnBooleanProperty("tandem.demo.enabled")
class DemoCaseWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCaseWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes the cases, numbering them in the order given from the shared sequence: NORTH-2026-0001, SOUTH-2026-0002, … */
	void write(List<DemoCase> cases, DemoPartnershipWriter.Written ids) {
		List<Long> numbers = this.jdbc.sql("select nextval('case_reference_seq') from generate_series(1, :count)")
			.param("count", cases.size()).query(Long.class).list().stream().sorted().toList();
		Tables tables = new Tables();
		Set<UUID> written = new HashSet<>();
		for (int i = 0; i < cases.size(); i++) {
			DemoCase demoCase = cases.get(i);
			tables.caseFile.add(demoCase.id(), reference(demoCase, numbers.get(i)), ids.areas().get(demoCase.area()),
					demoCase.openedOn(), demoCase.closedOn(), demoCase.restricted(), demoCase.riskLevel(),
					demoCase.openedOn().atTime(LocalTime.of(9, 30)).atZone(this.clock.getZone()).toOffsetDateTime());
			addParty(tables, demoCase, demoCase.victim(), "VICTIM", null, written);
			for (Perpetrator perpetrator : demoCase.perpetrators()) {
				addParty(tables, demoCase, perpetrator.person(), "PERPETRATOR", perpetrator.relationship(), written);
			}
			for (DemoPerson child : demoCase.children()) {
				addParty(tables, demoCase, child, "CHILD", null, written);
			}
			for (DemoAgency agency : demoCase.agencies()) {
				tables.caseAgency.add(demoCase.id(), ids.agency(demoCase.area(), agency), demoCase.openedOn());
			}
			for (String username : demoCase.namedUsers()) {
				tables.caseNamedUser.add(demoCase.id(), ids.users().get(username));
			}
		}
		tables.insert(this.jdbc);
	}

	private static String reference(DemoCase demoCase, long number) {
		return CaseReference.of(demoCase.area().code(), demoCase.openedOn().getYear(), number);
	}

	private static void addParty(Tables tables, DemoCase demoCase, DemoPerson person, String role,
			@Nullable String relationship, Set<UUID> written) {
		if (written.add(person.id())) {
			addPerson(tables, person);
		}
		tables.caseParty.add(demoCase.id(), person.id(), role, relationship);
	}

	private static void addPerson(Tables tables, DemoPerson person) {
		Equality equality = person.equality();
		if (equality == null) {
			tables.person.add(person.id(), person.givenName(), person.familyName(), person.dateOfBirth(),
					person.gender(), null, null, null, null, null, null, null, person.locationNote());
		}
		else {
			tables.person.add(person.id(), person.givenName(), person.familyName(), person.dateOfBirth(),
					person.gender(), equality.ethnicity(), equality.disability(), equality.sexualOrientation(),
					equality.genderIdentity(), equality.religion(), equality.firstLanguage(),
					equality.interpreterNeeded(), person.locationNote());
		}
		int position = 0;
		for (Alias alias : person.aliases()) {
			tables.personAlias.add(person.id(), position++, alias.givenName(), alias.familyName());
		}
		position = 0;
		for (Contact contact : person.contacts()) {
			tables.contactDetail.add(person.id(), position++, contact.kind(), contact.value(), contact.safeToUse(),
					contact.safeTimes(), contact.note());
		}
	}

	/** The case tables, inserted in the order their foreign keys need. */
	private static final class Tables {

		final BulkInsert person = new BulkInsert("person", "id uuid", "given_name text", "family_name text",
				"date_of_birth date", "gender text", "ethnicity text", "disability text", "sexual_orientation text",
				"gender_identity text", "religion text", "first_language text", "interpreter_needed boolean",
				"location_note text");

		final BulkInsert personAlias = new BulkInsert("person_alias", "person_id uuid", "position integer",
				"given_name text", "family_name text");

		final BulkInsert contactDetail = new BulkInsert("contact_detail", "person_id uuid", "position integer",
				"kind text", "value text", "safe_to_use boolean", "safe_times text", "note text");

		final BulkInsert caseFile = new BulkInsert("case_file", "id uuid", "reference text", "area_id uuid",
				"opened_on date", "closed_on date", "restricted boolean", "risk_level text", "created_at timestamptz");

		final BulkInsert caseParty = new BulkInsert("case_party", "case_id uuid", "person_id uuid", "role text",
				"relationship text");

		final BulkInsert caseAgency = new BulkInsert("case_agency", "case_id uuid", "agency_id uuid",
				"involved_since date");

		final BulkInsert caseNamedUser = new BulkInsert("case_named_user", "case_id uuid", "user_id uuid");

		void insert(JdbcClient jdbc) {
			for (BulkInsert table : List.of(this.person, this.personAlias, this.contactDetail, this.caseFile,
					this.caseParty, this.caseAgency, this.caseNamedUser)) {
				table.execute(jdbc);
			}
		}

	}

}
