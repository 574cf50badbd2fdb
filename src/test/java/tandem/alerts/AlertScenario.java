package tandem.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.Fixtures.AreaFixture;
import tandem.cases.CaseRegister;
import tandem.cases.CaseRegister.RegisteredCase;
import tandem.cases.NewCase;
import tandem.person.PeopleCombined;
import tandem.person.PeopleSeparated;
import tandem.risk.RiskLevel;

/**
 * Opens cases the way a referral does (through {@link CaseRegister}, so its event fires) and combines or separates
 * records the way the merge feature will: merged_into set in SQL and the event published in the same transaction.
 */
@TestComponent
class AlertScenario {

	private final CaseRegister register;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	AlertScenario(CaseRegister register, ApplicationEventPublisher events, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.register = register;
		this.events = events;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	RegisteredCase open(AreaFixture area, UUID victim, UUID perpetrator) {
		return this.transaction.execute(status -> this.register.open(new NewCase(area.id(), area.code(),
				LocalDate.of(2026, 9, 14), victim, List.of(new NewCase.Perpetrator(perpetrator, "EX_PARTNER")),
				List.of(), Set.of(), RiskLevel.HIGH)));
	}

	void combine(UUID kept, UUID combined) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("update person set merged_into = :kept where id = :id").param("kept", kept)
				.param("id", combined).update();
			this.events.publishEvent(new PeopleCombined(kept, combined));
		});
	}

	void separate(UUID kept, UUID separated) {
		this.transaction.executeWithoutResult(status -> {
			this.jdbc.sql("update person set merged_into = null where id = :id").param("id", separated).update();
			this.events.publishEvent(new PeopleSeparated(kept, separated));
		});
	}

	/** A MARAC coordinator of the area with an e-mail address, as the directory holds them. */
	tandem.agency.Actor coordinator(tandem.Fixtures fixtures, AreaFixture area) {
		tandem.agency.Actor coordinator = fixtures.user(fixtures.agency(area, "council"), tandem.agency.Role.COORDINATOR);
		this.jdbc.sql("update app_user set email = :email where id = :id")
			.param("email", coordinator.name() + "@example.org").param("id", coordinator.userId()).update();
		return coordinator;
	}

	/** Every alert about the person's records, as "area kind state". */
	List<String> alertsAbout(UUID... records) {
		return this.jdbc.sql("""
				select area_id || ' ' || kind || ' ' || case when withdrawn_at is not null then 'withdrawn'
				       when acknowledged_at is not null then 'acknowledged' else 'open' end
				from person_alert where person_id in (:records) order by raised_at, id
				""")
			.param("records", List.of(records))
			.query(String.class)
			.list();
	}

}
