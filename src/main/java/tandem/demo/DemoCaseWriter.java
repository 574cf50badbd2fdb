package tandem.demo;

import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.demo.DemoCase.Perpetrator;
import tandem.demo.DemoPerson.Alias;
import tandem.demo.DemoPerson.Contact;

/** Writes the demo's people and cases straight into the case tables, one person once however many cases they are in. */
@Component
@ConditionalOnBooleanProperty("tandem.demo.enabled")
class DemoCaseWriter {

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCaseWriter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes the cases in the order given, taking each reference from the shared sequence, e.g. N-2026-0001. */
	void write(List<DemoCase> cases, DemoPartnershipWriter.Ids ids) {
		Set<UUID> written = new HashSet<>();
		for (DemoCase demoCase : cases) {
			writeCase(demoCase, ids.areas().get(demoCase.area()));
			writeParty(demoCase, demoCase.victim(), "VICTIM", null, written);
			for (Perpetrator perpetrator : demoCase.perpetrators()) {
				writeParty(demoCase, perpetrator.person(), "PERPETRATOR", perpetrator.relationship(), written);
			}
			for (DemoPerson child : demoCase.children()) {
				writeParty(demoCase, child, "CHILD", null, written);
			}
			for (DemoAgency agency : demoCase.agencies()) {
				this.jdbc.sql("insert into case_agency (case_id, agency_id, involved_since) values (:case, :agency, :since)")
					.param("case", demoCase.id()).param("agency", ids.agency(demoCase.area(), agency))
					.param("since", demoCase.openedOn())
					.update();
			}
			for (String username : demoCase.namedUsers()) {
				this.jdbc.sql("insert into case_named_user (case_id, user_id) values (:case, :user)")
					.param("case", demoCase.id()).param("user", ids.users().get(username))
					.update();
			}
		}
	}

	private void writeCase(DemoCase demoCase, UUID areaId) {
		long number = this.jdbc.sql("select nextval('case_reference_seq')").query(Long.class).single();
		String reference = "%s-%d-%04d".formatted(demoCase.area().referencePrefix(), demoCase.openedOn().getYear(),
				number);
		OffsetDateTime createdAt = demoCase.openedOn().atTime(LocalTime.of(9, 30)).atZone(this.clock.getZone())
			.toOffsetDateTime();
		this.jdbc.sql("""
				insert into case_file (id, reference, area_id, opened_on, closed_on, restricted, risk_level, created_at)
				values (:id, :reference, :area, :openedOn, :closedOn, :restricted, :risk, :createdAt)
				""")
			.param("id", demoCase.id()).param("reference", reference).param("area", areaId)
			.param("openedOn", demoCase.openedOn()).param("closedOn", demoCase.closedOn())
			.param("restricted", demoCase.restricted()).param("risk", demoCase.riskLevel())
			.param("createdAt", createdAt)
			.update();
	}

	private void writeParty(DemoCase demoCase, DemoPerson person, String role, @Nullable String relationship,
			Set<UUID> written) {
		if (written.add(person.id())) {
			writePerson(person);
		}
		this.jdbc.sql("""
				insert into case_party (case_id, person_id, role, relationship)
				values (:case, :person, :role, :relationship)
				""")
			.param("case", demoCase.id()).param("person", person.id()).param("role", role)
			.param("relationship", relationship)
			.update();
	}

	private void writePerson(DemoPerson person) {
		DemoPerson.Equality equality = person.equality();
		this.jdbc.sql("""
				insert into person (id, given_name, family_name, date_of_birth, gender, ethnicity, disability,
				                    sexual_orientation, gender_identity, religion, first_language, interpreter_needed,
				                    location_note)
				values (:id, :given, :family, :born, :gender, :ethnicity, :disability, :orientation, :identity,
				        :religion, :language, :interpreter, :location)
				""")
			.param("id", person.id()).param("given", person.givenName()).param("family", person.familyName())
			.param("born", person.dateOfBirth()).param("gender", person.gender())
			.param("ethnicity", equality == null ? null : equality.ethnicity())
			.param("disability", equality == null ? null : equality.disability())
			.param("orientation", equality == null ? null : equality.sexualOrientation())
			.param("identity", equality == null ? null : equality.genderIdentity())
			.param("religion", equality == null ? null : equality.religion())
			.param("language", equality == null ? null : equality.firstLanguage())
			.param("interpreter", equality == null ? null : equality.interpreterNeeded())
			.param("location", person.locationNote())
			.update();
		int position = 0;
		for (Alias alias : person.aliases()) {
			this.jdbc.sql("""
					insert into person_alias (person_id, position, given_name, family_name)
					values (:person, :position, :given, :family)
					""")
				.param("person", person.id()).param("position", position++).param("given", alias.givenName())
				.param("family", alias.familyName())
				.update();
		}
		position = 0;
		for (Contact contact : person.contacts()) {
			this.jdbc.sql("""
					insert into contact_detail (person_id, position, kind, value, safe_to_use, safe_times, note)
					values (:person, :position, :kind, :value, :safe, :times, :note)
					""")
				.param("person", person.id()).param("position", position++).param("kind", contact.kind())
				.param("value", contact.value()).param("safe", contact.safeToUse()).param("times", contact.safeTimes())
				.param("note", contact.note())
				.update();
		}
	}

}
