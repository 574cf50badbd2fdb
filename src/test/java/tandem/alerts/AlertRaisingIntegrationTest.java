package tandem.alerts;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.cases.CaseFixtures;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
@Import({ CaseFixtures.class, AlertScenario.class })
class AlertRaisingIntegrationTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	AlertScenario scenario;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture north;

	private AreaFixture south;

	private Actor northCoordinator;

	@BeforeEach
	void twoAreas() {
		this.north = this.fixtures.area();
		this.south = this.fixtures.area();
		this.northCoordinator = this.scenario.coordinator(this.fixtures, this.north);
		this.scenario.coordinator(this.fixtures, this.south);
	}

	@Test
	void aPerpetratorInTwoAreasAlertsEachAreaOnceWhileItsAlertIsOpen() {
		UUID perpetrator = person();
		this.scenario.open(this.north, person(), perpetrator);
		assertThat(this.scenario.alertsAbout(perpetrator)).isEmpty();

		this.scenario.open(this.south, person(), perpetrator);
		this.scenario.open(this.north, person(), perpetrator);

		assertThat(this.scenario.alertsAbout(perpetrator)).containsExactlyInAnyOrder(
				this.north.id() + " SERIAL_PERPETRATOR open", this.south.id() + " SERIAL_PERPETRATOR open");
		assertThat(this.jdbc.sql("select subject || '|' || body from outbox_email where recipient = :to")
			.param("to", this.northCoordinator.name() + "@example.org").query(String.class).single())
			.isEqualTo("You have a new alert in Tandem|You have a new alert in Tandem.\n\nSign in to see it: "
					+ "http://localhost:8080/alerts\n");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where subject_type = 'person-alert' and action = 'CREATE'
				and subject_id in (select id::text from person_alert where person_id = :p)
				""").param("p", perpetrator).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theSamePairInTwoCasesOfOneAreaIsNoAlertButASecondVictimIs() {
		UUID perpetrator = person();
		UUID victim = person();
		this.scenario.open(this.north, victim, perpetrator);
		this.scenario.open(this.north, victim, perpetrator);
		assertThat(this.scenario.alertsAbout(perpetrator, victim)).isEmpty();

		this.scenario.open(this.north, person(), perpetrator);

		assertThat(this.scenario.alertsAbout(perpetrator)).containsExactly(this.north.id() + " SERIAL_PERPETRATOR open");
	}

	@Test
	void aVictimInTwoAreasAlertsBothAsARepeatVictimAndTheirDifferentPerpetratorsAreNotSerial() {
		UUID victim = person();
		UUID first = person();
		UUID second = person();
		this.scenario.open(this.north, victim, first);
		this.scenario.open(this.south, victim, second);

		assertThat(this.scenario.alertsAbout(victim)).containsExactlyInAnyOrder(
				this.north.id() + " REPEAT_VICTIM open", this.south.id() + " REPEAT_VICTIM open");
		assertThat(this.scenario.alertsAbout(first, second)).isEmpty();
	}

	@Test
	void combiningTwoRecordsRaisesAlertsAndSeparatingThemWithdrawsThoseThatExistedOnlyBecauseOfIt() {
		UUID victim = person();
		UUID sameVictimSpeltOtherwise = person();
		this.scenario.open(this.north, victim, person());
		this.scenario.open(this.south, sameVictimSpeltOtherwise, person());
		assertThat(this.scenario.alertsAbout(victim, sameVictimSpeltOtherwise)).isEmpty();

		this.scenario.combine(victim, sameVictimSpeltOtherwise);
		assertThat(this.scenario.alertsAbout(victim, sameVictimSpeltOtherwise)).containsExactlyInAnyOrder(
				this.north.id() + " REPEAT_VICTIM open", this.south.id() + " REPEAT_VICTIM open");

		this.scenario.separate(victim, sameVictimSpeltOtherwise);
		assertThat(this.scenario.alertsAbout(victim, sameVictimSpeltOtherwise)).containsExactlyInAnyOrder(
				this.north.id() + " REPEAT_VICTIM withdrawn", this.south.id() + " REPEAT_VICTIM withdrawn");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where subject_type = 'person-alert' and action = 'CHANGE'
				and detail like 'withdrawn%' and subject_id in (select id::text from person_alert where person_id in (:p))
				""").param("p", List.of(victim, sameVictimSpeltOtherwise)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void separatingKeepsAnAlertThatHoldsWithoutTheCombination() {
		UUID victim = person();
		UUID otherRecord = person();
		this.scenario.open(this.north, victim, person());
		this.scenario.open(this.south, victim, person());
		this.scenario.open(this.south, otherRecord, person());
		this.scenario.combine(victim, otherRecord);

		this.scenario.separate(victim, otherRecord);

		assertThat(this.scenario.alertsAbout(victim, otherRecord)).containsExactlyInAnyOrder(
				this.north.id() + " REPEAT_VICTIM open", this.south.id() + " REPEAT_VICTIM open");
	}

	@Test
	void anAcknowledgedAlertIsRaisedAgainOnlyForACaseItDidNotCover() {
		UUID perpetrator = person();
		this.scenario.open(this.north, person(), perpetrator);
		this.scenario.open(this.north, person(), perpetrator);
		this.jdbc.sql("update person_alert set acknowledged_at = now() where person_id = :p").param("p", perpetrator)
			.update();

		this.scenario.combine(perpetrator, person());
		assertThat(this.scenario.alertsAbout(perpetrator)).containsExactly(
				this.north.id() + " SERIAL_PERPETRATOR acknowledged");

		this.scenario.open(this.north, person(), perpetrator);
		assertThat(this.scenario.alertsAbout(perpetrator)).containsExactly(
				this.north.id() + " SERIAL_PERPETRATOR acknowledged", this.north.id() + " SERIAL_PERPETRATOR open");
	}

	private UUID person() {
		return this.cases.aPerson().create();
	}

}
