package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.referral.MaracReferralRows;

import static org.assertj.core.api.Assertions.assertThat;

/** The lapsing repeat windows count the pair as people: a referral under a combined record moves the window. */
@TandemIntegrationTest
@Import(CaseFixtures.class)
class RepeatWindowIntegrationTest {

	@Autowired
	RepeatWindow window;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aLaterReferralOfTheSamePairUnderCombinedRecordsSetsTheWindowOfBothCases() {
		AreaFixture area = this.fixtures.area();
		AgencyRef police = this.fixtures.agency(area, "police");
		Actor coordinator = this.fixtures.user(police, Role.COORDINATOR);
		LocalDate yearAgo = LocalDate.now(this.clock).minusYears(1);
		UUID victim = this.cases.aPerson().create();
		UUID perpetrator = this.cases.aPerson().create();
		UUID victimAgain = combinedInto(victim);
		UUID perpetratorAgain = combinedInto(perpetrator);
		UUID first = this.cases.aCase(area.id()).victim(victim).perpetrator(perpetrator, "EX_PARTNER").create().id();
		UUID second = this.cases.aCase(area.id()).victim(victimAgain).perpetrator(perpetratorAgain, "EX_PARTNER")
			.create().id();
		UUID otherPerpetrator = this.cases.aCase(area.id()).victim(victim)
			.perpetrator(this.cases.aPerson().create(), "PARTNER").create().id();
		MaracReferralRows.referred(this.jdbc, first, police.id(), yearAgo.plusDays(5));
		MaracReferralRows.referred(this.jdbc, second, police.id(), yearAgo.plusDays(20));
		MaracReferralRows.referred(this.jdbc, otherPerpetrator, police.id(), yearAgo.plusDays(3));

		assertThat(this.window.lapsingSoon(coordinator))
			.extracting(lapsing -> lapsing.caseId() + " " + lapsing.lapsesOn())
			.containsExactlyInAnyOrder(first + " " + yearAgo.plusDays(20).plusYears(1),
					second + " " + yearAgo.plusDays(20).plusYears(1),
					otherPerpetrator + " " + yearAgo.plusDays(3).plusYears(1));
	}

	private UUID combinedInto(UUID kept) {
		UUID combined = this.cases.aPerson().create();
		this.jdbc.sql("update person set merged_into = :kept where id = :id").param("kept", kept).param("id", combined)
			.update();
		return combined;
	}

}
