package tandem.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.Fixtures;
import tandem.TandemIntegrationTest;
import tandem.agency.AgencyRef;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseRegister;
import tandem.risk.DashChecklist;
import tandem.risk.ProfessionalJudgement;
import tandem.risk.RepeatHistory;
import tandem.risk.RiskInput;
import tandem.risk.RiskRules;
import tandem.risk.RiskThresholds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repeat rule asks about people, not records: the pair's earlier MARAC referral (on 1 March 2025) counts whichever
 * of the victim's and perpetrator's combined records it named, and only within the 12-month window; and a new referral
 * of the pair joins their open case the same way.
 */
@TandemIntegrationTest
@Import(CaseFixtures.class)
class PairHistoryIntegrationTest {

	private static final LocalDate FIRST_REFERRAL = LocalDate.of(2025, 3, 1);

	@Autowired
	PairHistory history;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseRegister register;

	@Autowired
	TransactionTemplate transaction;

	private Map<String, UUID> records;

	private UUID caseId;

	@BeforeEach
	void anEarlierMaracReferralOfThePair() {
		Fixtures.AreaFixture area = this.fixtures.area();
		AgencyRef police = this.fixtures.agency(area, "police");
		UUID victim = this.cases.aPerson().create();
		UUID perpetrator = this.cases.aPerson().create();
		UUID victimCombined = combinedInto(victim);
		UUID perpetratorCombined = combinedInto(perpetrator);
		this.records = Map.of("victim", victim, "victim-combined", victimCombined, "perpetrator", perpetrator,
				"perpetrator-combined", perpetratorCombined, "other", this.cases.aPerson().create());
		this.caseId = this.cases.aCase(area.id()).victim(victim).perpetrator(perpetrator, "EX_PARTNER")
			.involving(police).create().id();
		MaracReferralRows.referred(this.jdbc, this.caseId, police.id(), FIRST_REFERRAL);
	}

	@ParameterizedTest(name = "{0} with {1}, {2} days later: repeat {3}")
	@CsvSource({
			"victim,          perpetrator,          364, true",
			"victim,          perpetrator,          365, true",
			"victim,          perpetrator,          366, false",
			"victim-combined, perpetrator,          30,  true",
			"victim-combined, perpetrator,          365, true",
			"victim-combined, perpetrator,          366, false",
			"victim,          perpetrator-combined, 364, true",
			"victim-combined, perpetrator-combined, 364, true",
			"victim-combined, other,                30,  false",
			"victim,          other,                30,  false",
			"other,           perpetrator,          30,  false" })
	void aReReferralIsARepeatOnlyForTheSamePairOfPeopleWithinTwelveMonths(String victim, String perpetrator, int days,
			boolean repeat) {
		LocalDate referredOn = FIRST_REFERRAL.plusDays(days);

		RepeatHistory found = this.history.before(
				this.history.of(this.records.get(victim), List.of(this.records.get(perpetrator))), referredOn);

		assertThat(new RiskRules(RiskThresholds.SAFELIVES_DEFAULTS)
			.assess(new RiskInput(referredOn, new DashChecklist(Map.of()), 0, ProfessionalJudgement.NONE, found))
			.criteria()
			.repeat()).isEqualTo(repeat);
	}

	@ParameterizedTest(name = "{0} with {1}: the open case joined {2}")
	@CsvSource({
			"victim,          perpetrator,          true",
			"victim-combined, perpetrator,          true",
			"victim,          perpetrator-combined, true",
			"victim-combined, perpetrator-combined, true",
			"victim-combined, other,                false",
			"other,           perpetrator,          false" })
	void aReferralJoinsThePairsOpenCaseWhicheverOfTheirRecordsItNames(String victim, String perpetrator,
			boolean joined) {
		PairHistory.Pair pair = this.history.of(this.records.get(victim), List.of(this.records.get(perpetrator)));

		java.util.Optional<UUID> open = this.transaction
			.execute(t -> this.register.openCaseOf(pair.victim(), pair.perpetrators()));

		assertThat(open).isEqualTo(joined ? java.util.Optional.of(this.caseId) : java.util.Optional.empty());
	}

	private UUID combinedInto(UUID kept) {
		UUID combined = this.cases.aPerson().create();
		this.jdbc.sql("update person set merged_into = :kept where id = :id").param("kept", kept).param("id", combined)
			.update();
		return combined;
	}

}
