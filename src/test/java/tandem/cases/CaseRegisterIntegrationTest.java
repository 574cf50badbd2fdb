package tandem.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.TandemIntegrationTest;
import tandem.agency.AgencyRef;
import tandem.risk.RiskLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A further referral of the same pair adds to their open case and never takes anything away from it. */
@TandemIntegrationTest
@Import(CaseFixtures.class)
class CaseRegisterIntegrationTest {

	private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);

	private static final LocalDate LATER = LocalDate.of(2026, 9, 14);

	@Autowired
	CaseRegister register;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	AreaFixture area;

	AgencyRef police;

	AgencyRef idva;

	UUID victim;

	UUID perpetrator;

	UUID child;

	@BeforeEach
	void pair() {
		this.area = this.fixtures.area();
		this.police = this.fixtures.agency(this.area, "police");
		this.idva = this.fixtures.agency(this.area, "idva");
		this.victim = this.cases.aPerson().create();
		this.perpetrator = this.cases.aPerson().create();
		this.child = this.cases.aPerson().create();
	}

	@Test
	void opensACaseWithItsPartiesAgenciesAndRiskLevel() {
		var opened = inTransaction(() -> this.register.open(referral(FIRST, List.of(this.child), Set.of(this.police.id()),
				RiskLevel.STANDARD)));

		assertThat(opened.opened()).isTrue();
		assertThat(opened.reference()).startsWith(this.area.code().toUpperCase() + "-2026-");
		assertThat(parties(opened.id())).containsOnly(Map.entry(this.victim, "VICTIM"),
				Map.entry(this.perpetrator, "PERPETRATOR"), Map.entry(this.child, "CHILD"));
		assertThat(agenciesSince(opened.id())).containsOnly(Map.entry(this.police.id(), FIRST));
	}

	@Test
	void aFurtherReferralAddsWhatIsNewAndKeepsWhatWasThere() {
		var opened = inTransaction(() -> this.register.open(referral(FIRST, List.of(this.child), Set.of(this.police.id()),
				RiskLevel.STANDARD)));
		UUID secondChild = this.cases.aPerson().create();

		var added = inTransaction(() -> {
			UUID found = this.register.openCaseOf(List.of(this.victim), List.of(this.perpetrator)).orElseThrow();
			return this.register.addTo(found, referral(LATER, List.of(this.child, secondChild),
					Set.of(this.police.id(), this.idva.id()), RiskLevel.HIGH));
		});

		assertThat(added).isEqualTo(new CaseRegister.RegisteredCase(opened.id(), opened.reference(), false));
		assertThat(parties(opened.id())).containsOnly(Map.entry(this.victim, "VICTIM"),
				Map.entry(this.perpetrator, "PERPETRATOR"), Map.entry(this.child, "CHILD"), Map.entry(secondChild, "CHILD"));
		assertThat(agenciesSince(opened.id())).as("the police stay involved since the first referral")
			.containsOnly(Map.entry(this.police.id(), FIRST), Map.entry(this.idva.id(), LATER));
		assertThat(this.jdbc.sql("select risk_level || ' v' || version from case_file where id = :id")
			.param("id", opened.id())
			.query(String.class)
			.single()).isEqualTo("HIGH v1");
	}

	@Test
	void refusesToAddToACaseClosedSinceItWasFoundOpen() {
		var opened = inTransaction(() -> this.register.open(referral(FIRST, List.of(), Set.of(this.police.id()),
				RiskLevel.STANDARD)));
		this.jdbc.sql("update case_file set closed_on = :today where id = :id")
			.param("today", LATER)
			.param("id", opened.id())
			.update();

		assertThatThrownBy(() -> inTransaction(() -> this.register.addTo(opened.id(),
				referral(LATER, List.of(this.child), Set.of(this.idva.id()), RiskLevel.HIGH))))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(parties(opened.id())).doesNotContainKey(this.child);
	}

	private NewCase referral(LocalDate on, List<UUID> children, Set<UUID> agencies, RiskLevel level) {
		return new NewCase(this.area.id(), this.area.code(), on, this.victim,
				List.of(new NewCase.Perpetrator(this.perpetrator, "EX_PARTNER")), children, agencies, level);
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return this.transactions.execute(status -> work.get());
	}

	private Map<UUID, String> parties(UUID caseId) {
		return this.jdbc.sql("select person_id, role from case_party where case_id = :id")
			.param("id", caseId)
			.query((rs, row) -> Map.entry(rs.getObject("person_id", UUID.class), rs.getString("role")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Map<UUID, LocalDate> agenciesSince(UUID caseId) {
		return this.jdbc.sql("select agency_id, involved_since from case_agency where case_id = :id")
			.param("id", caseId)
			.query((rs, row) -> Map.entry(rs.getObject("agency_id", UUID.class),
					rs.getObject("involved_since", LocalDate.class)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
