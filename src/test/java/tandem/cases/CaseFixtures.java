package tandem.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;

/**
 * Creates people and cases for integration tests straight in the database, the way any module's data would arrive.
 * Valid by default: a case has a victim with a unique name; say only what the test is about.
 */
@TestComponent
public class CaseFixtures {

	private final JdbcClient jdbc;

	CaseFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PersonBuilder aPerson() {
		return new PersonBuilder();
	}

	public CaseBuilder aCase(UUID areaId) {
		return new CaseBuilder(areaId);
	}

	/** A case as tests refer to it. */
	public record CreatedCase(UUID id, String reference, UUID victimId) {

		public String path() {
			return "/cases/" + this.id;
		}

	}

	public final class PersonBuilder {

		private final UUID id = UUID.randomUUID();

		private String givenName = Fixtures.unique("Given");

		private String familyName = Fixtures.unique("Family");

		private LocalDate dateOfBirth = LocalDate.of(1990, 4, 2);

		private @Nullable String locationNote;

		private final List<Object[]> contacts = new ArrayList<>();

		private final List<String[]> aliases = new ArrayList<>();

		public PersonBuilder named(String givenName, String familyName) {
			this.givenName = givenName;
			this.familyName = familyName;
			return this;
		}

		public PersonBuilder bornOn(LocalDate dateOfBirth) {
			this.dateOfBirth = dateOfBirth;
			return this;
		}

		public PersonBuilder locatedAt(String locationNote) {
			this.locationNote = locationNote;
			return this;
		}

		public PersonBuilder alias(String givenName, String familyName) {
			this.aliases.add(new String[] { givenName, familyName });
			return this;
		}

		public PersonBuilder contact(String kind, String value, boolean safeToUse, @Nullable String safeTimes) {
			this.contacts.add(new Object[] { kind, value, safeToUse, safeTimes });
			return this;
		}

		public UUID create() {
			CaseFixtures.this.jdbc.sql("""
					insert into person (id, given_name, family_name, date_of_birth, gender, first_language,
					                    interpreter_needed, location_note)
					values (:id, :given, :family, :dob, 'Female', 'English', false, :location)
					""")
				.param("id", this.id).param("given", this.givenName).param("family", this.familyName)
				.param("dob", this.dateOfBirth).param("location", this.locationNote)
				.update();
			for (int i = 0; i < this.aliases.size(); i++) {
				CaseFixtures.this.jdbc.sql("""
						insert into person_alias (person_id, position, given_name, family_name)
						values (:id, :position, :given, :family)
						""")
					.param("id", this.id).param("position", i).param("given", this.aliases.get(i)[0])
					.param("family", this.aliases.get(i)[1])
					.update();
			}
			for (int i = 0; i < this.contacts.size(); i++) {
				Object[] contact = this.contacts.get(i);
				CaseFixtures.this.jdbc.sql("""
						insert into contact_detail (person_id, position, kind, value, safe_to_use, safe_times)
						values (:id, :position, :kind, :value, :safe, :times)
						""")
					.param("id", this.id).param("position", i).param("kind", contact[0]).param("value", contact[1])
					.param("safe", contact[2]).param("times", contact[3])
					.update();
			}
			return this.id;
		}

	}

	public final class CaseBuilder {

		private final UUID areaId;

		private @Nullable UUID victimId;

		private final List<Object[]> otherParties = new ArrayList<>();

		private final Set<UUID> agencies = new LinkedHashSet<>();

		private final Set<UUID> namedUsers = new LinkedHashSet<>();

		private boolean restricted;

		private String riskLevel = "HIGH";

		private LocalDate openedOn = LocalDate.of(2026, 9, 14);

		CaseBuilder(UUID areaId) {
			this.areaId = areaId;
		}

		public CaseBuilder victim(UUID personId) {
			this.victimId = personId;
			return this;
		}

		public CaseBuilder perpetrator(UUID personId, String relationship) {
			this.otherParties.add(new Object[] { personId, "PERPETRATOR", relationship });
			return this;
		}

		public CaseBuilder child(UUID personId, String relationship) {
			this.otherParties.add(new Object[] { personId, "CHILD", relationship });
			return this;
		}

		public CaseBuilder involving(AgencyRef... agencies) {
			for (AgencyRef agency : agencies) {
				this.agencies.add(agency.id());
			}
			return this;
		}

		/** Restricted to the given users, who are named on the case. */
		public CaseBuilder restrictedTo(Actor... users) {
			this.restricted = true;
			for (Actor user : users) {
				this.namedUsers.add(user.userId());
			}
			return this;
		}

		public CaseBuilder riskLevel(String riskLevel) {
			this.riskLevel = riskLevel;
			return this;
		}

		public CaseBuilder openedOn(LocalDate openedOn) {
			this.openedOn = openedOn;
			return this;
		}

		public CreatedCase create() {
			JdbcClient jdbc = CaseFixtures.this.jdbc;
			UUID victim = this.victimId != null ? this.victimId : aPerson().create();
			UUID id = UUID.randomUUID();
			String reference = Fixtures.unique("TDM");
			jdbc.sql("""
					insert into case_file (id, reference, area_id, opened_on, restricted, risk_level)
					values (:id, :reference, :area, :opened, :restricted, :risk)
					""")
				.param("id", id).param("reference", reference).param("area", this.areaId)
				.param("opened", this.openedOn).param("restricted", this.restricted).param("risk", this.riskLevel)
				.update();
			party(id, victim, "VICTIM", null);
			for (Object[] party : this.otherParties) {
				party(id, (UUID) party[0], (String) party[1], (String) party[2]);
			}
			for (UUID agency : this.agencies) {
				jdbc.sql("insert into case_agency (case_id, agency_id, involved_since) values (:id, :agency, :since)")
					.param("id", id).param("agency", agency).param("since", this.openedOn)
					.update();
			}
			for (UUID user : this.namedUsers) {
				jdbc.sql("insert into case_named_user (case_id, user_id) values (:id, :user)")
					.param("id", id).param("user", user)
					.update();
			}
			return new CreatedCase(id, reference, victim);
		}

		private void party(UUID caseId, UUID personId, String role, @Nullable String relationship) {
			CaseFixtures.this.jdbc.sql("""
					insert into case_party (case_id, person_id, role, relationship)
					values (:id, :person, :role, :relationship)
					""")
				.param("id", caseId).param("person", personId).param("role", role).param("relationship", relationship)
				.update();
		}

	}

}
