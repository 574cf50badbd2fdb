package tandem.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tandem.marac.MaracDemo;

/**
 * Loads the demo partnership once, after Flyway has built the schema. If the area {@code north} exists the demo is
 * already there and is left alone, so whatever people did in the demo is kept between runs. Everything is written in
 * one transaction: a failed load leaves no half a partnership behind.
 */
@Component
@ConditionalOnBooleanProperty("tandem.demo.enabled")
class DemoPartnershipLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPartnershipLoader.class);

	/** Serialises loaders on one database (two demo nodes, parallel test contexts); any constant will do. */
	private static final long LOAD_LOCK = 0x7a6e_de30L;

	private final JdbcClient jdbc;

	private final DemoPartnershipWriter partnership;

	private final DemoCaseWriter cases;

	private final DemoCasework casework;

	private final Clock clock;

	private final Environment environment;

	private final MaracDemo marac;

	private final DemoMatches matches;

	/** Cases on each area's next MARAC agenda: a short meeting, well within SafeLives' 16 to 20. */
	private static final int MARAC_CASES = 8;

	DemoPartnershipLoader(JdbcClient jdbc, DemoPartnershipWriter partnership, DemoCaseWriter cases,
			DemoCasework casework, Clock clock, Environment environment, MaracDemo marac, DemoMatches matches) {
		this.jdbc = jdbc;
		this.partnership = partnership;
		this.cases = cases;
		this.casework = casework;
		this.clock = clock;
		this.environment = environment;
		this.marac = marac;
		this.matches = matches;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		refuseConfiguredDatabase(this.environment);
		this.jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOAD_LOCK).query().listOfRows();
		if (this.jdbc.sql("select count(*) from area where code = 'north'").query(Long.class).single() > 0) {
			log.info("Demo partnership already loaded: keeping its data");
			return;
		}
		long started = System.nanoTime();
		DemoPartnershipWriter.Written ids = this.partnership.write();
		List<DemoCase> demoCases = DemoCases.generate(LocalDate.now(this.clock));
		this.cases.write(demoCases, ids);
		this.casework.write(ids);
		this.matches.write(ids.areas().get(DemoArea.NORTH), ids.areas().get(DemoArea.SOUTH));
		ids.areas().forEach((area, areaId) -> this.marac.seed(areaId, demoCases.stream()
			.filter(c -> c.area() == area && c.closedOn() == null && !c.restricted() && "HIGH".equals(c.riskLevel()))
			.map(DemoCase::id)
			.limit(MARAC_CASES)
			.toList()));
		log.info("Demo partnership loaded: {} areas, {} agencies, {} sign-ins, {} cases in {} ms",
				ids.areas().size(), ids.agencies().size(), ids.users().size(), demoCases.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The demo's passwords and secrets are published, so they must never reach a real database: with the demo profile
	 * switched on by mistake against production, Tandem stops instead. Tests that run against a configured test
	 * server say so with {@code tandem.demo.allow-configured-database}.
	 */
	static void refuseConfiguredDatabase(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		boolean allowed = environment.getProperty("tandem.demo.allow-configured-database", Boolean.class, false);
		if (url != null && !url.isBlank() && !allowed) {
			throw new IllegalStateException("The demo partnership has published passwords, so it is loaded only into"
					+ " Tandem's own embedded database. Start the demo without SPRING_DATASOURCE_URL, or start Tandem"
					+ " without the demo profile to use the configured database.");
		}
	}

}
