package tandem.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Fills a Tandem database with a fictional partnership at national scale, for benchmarks: areas with the eleven
 * agency types, practitioners, people, cases over five years with realistic spreads of risk, repeats (the same
 * victim and perpetrator again), serial perpetrators, children, involved agencies, and audit events. Seeded: the same
 * seed and size give the same data.
 */
final class SyntheticPartnership {

	static final List<String> AGENCY_TYPES = List.of("police", "idva", "womens-aid", "childrens-social-care",
			"adult-social-care", "housing", "acute-health", "primary-care", "probation", "mental-health", "education");

	private static final String[] RISK_LEVELS = { "HIGH", "MEDIUM", "STANDARD" };

	private static final double[] RISK_WEIGHTS = { 0.62, 0.25, 0.13 };

	private static final String[] ETHNICITIES = { "WHITE_BRITISH", "WHITE_OTHER", "ASIAN_PAKISTANI", "ASIAN_INDIAN",
			"BLACK_AFRICAN", "BLACK_CARIBBEAN", "MIXED_WHITE_BLACK_CARIBBEAN", "OTHER", "NOT_STATED" };

	private static final double[] ETHNICITY_WEIGHTS = { 0.72, 0.07, 0.04, 0.03, 0.03, 0.02, 0.02, 0.02, 0.05 };

	private static final String[] RELATIONSHIPS = { "PARTNER", "EX_PARTNER", "FAMILY_MEMBER" };

	private static final double[] RELATIONSHIP_WEIGHTS = { 0.45, 0.43, 0.12 };

	/** Share of cases in which the same victim and perpetrator come back within the repeat window. */
	private static final double REPEAT_RATE = 0.28;

	/** Share of new cases whose perpetrator already abused someone else. */
	private static final double SERIAL_PERPETRATOR_RATE = 0.06;

	private static final int USERS_PER_AGENCY = 6;

	private final Size size;

	private final SplittableRandom random;

	private final LocalDate today;

	private final List<Area> areas = new ArrayList<>();

	SyntheticPartnership(Size size, long seed, LocalDate today) {
		this.size = size;
		this.random = new SplittableRandom(seed);
		this.today = today;
	}

	/** How much to generate. At national scale: about 2 million people, 1 million cases, 10 million audit events. */
	record Size(int areas, int cases, int auditEvents) {

		static final Size NATIONAL = new Size(40, 1_000_000, 10_000_000);

	}

	record Area(UUID id, String code, UUID[] agencyIds, UUID[] userIds) {
	}

	/** Writes everything in one transaction and returns what it wrote, for the benchmark to report. */
	Report generate(DataSource dataSource) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			writeAreasAgenciesAndUsers(connection);
			CaseIndex cases = new CaseWriter(connection, this.random, this.today, this.areas).write(this.size.cases());
			long events = writeAuditEvents(connection, cases);
			connection.commit();
			try (var statement = connection.createStatement()) {
				connection.setAutoCommit(true);
				statement.execute("analyze");
			}
			return new Report(this.areas.size(), cases.people(), cases.size(), events);
		}
	}

	record Report(int areas, long people, int cases, long auditEvents) {
	}

	List<Area> areas() {
		return this.areas;
	}

	private void writeAreasAgenciesAndUsers(Connection connection) throws SQLException, IOException {
		try (var copy = new CopyWriter(connection)) {
			var areaRows = copy.table("area", "id, code, name");
			for (int a = 1; a <= this.size.areas(); a++) {
				String code = "synthetic-%02d".formatted(a);
				UUID id = uuid(this.random);
				areaRows.row(id, code, "Synthetic area " + a);
				this.areas.add(new Area(id, code, new UUID[AGENCY_TYPES.size()],
						new UUID[AGENCY_TYPES.size() * USERS_PER_AGENCY]));
			}
			var agencies = copy.table("agency", "id, area_id, code, name, sector");
			var users = copy.table("app_user", "id, agency_id, username, display_name");
			for (Area area : this.areas) {
				for (int t = 0; t < AGENCY_TYPES.size(); t++) {
					UUID agency = uuid(this.random);
					area.agencyIds()[t] = agency;
					agencies.row(agency, area.id(), AGENCY_TYPES.get(t), area.code() + " " + AGENCY_TYPES.get(t),
							AGENCY_TYPES.get(t));
					for (int u = 0; u < USERS_PER_AGENCY; u++) {
						UUID user = uuid(this.random);
						area.userIds()[t * USERS_PER_AGENCY + u] = user;
						String username = area.code() + "." + AGENCY_TYPES.get(t) + "." + u;
						users.row(user, agency, username, "Synthetic worker " + username);
					}
				}
			}
		}
	}

	private long writeAuditEvents(Connection connection, CaseIndex cases) throws SQLException, IOException {
		String columns = "occurred_at, actor_id, actor_name, actor_agency, action, subject_type, subject_id, case_id,"
				+ " outcome, detail, correlation_id";
		try (var copy = new CopyWriter(connection)) {
			var events = copy.table("audit_event", columns);
			for (int e = 0; e < this.size.auditEvents(); e++) {
				int c = this.random.nextInt(cases.size());
				Area area = this.areas.get(cases.areaIndex(c));
				UUID user = area.userIds()[this.random.nextInt(area.userIds().length)];
				long daysOpen = Math.max(1, ChronoUnit.DAYS.between(cases.openedOn(c), this.today));
				Instant at = cases.openedOn(c).plusDays(this.random.nextLong(daysOpen)).atStartOfDay(BenchClock.UK)
					.toInstant().plusSeconds(this.random.nextInt(86_400));
				String action = this.random.nextDouble() < 0.9 ? "VIEW" : "CHANGE";
				events.row(at, "user:" + user, "Synthetic worker", area.code(), action, "case", cases.id(c), cases.id(c),
						"SUCCESS", null, "synthetic-" + e);
			}
			return events.rows();
		}
	}

	static <T> T weighted(SplittableRandom random, T[] values, double[] weights) {
		double roll = random.nextDouble();
		for (int i = 0; i < values.length - 1; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	static String ethnicity(SplittableRandom random) {
		return weighted(random, ETHNICITIES, ETHNICITY_WEIGHTS);
	}

	static String riskLevel(SplittableRandom random) {
		return weighted(random, RISK_LEVELS, RISK_WEIGHTS);
	}

	static String relationship(SplittableRandom random) {
		return weighted(random, RELATIONSHIPS, RELATIONSHIP_WEIGHTS);
	}

	static boolean repeat(SplittableRandom random) {
		return random.nextDouble() < REPEAT_RATE;
	}

	static boolean serialPerpetrator(SplittableRandom random) {
		return random.nextDouble() < SERIAL_PERPETRATOR_RATE;
	}

	/** A version-4 UUID drawn from the seeded generator, so ids repeat with the seed. */
	static UUID uuid(SplittableRandom random) {
		long most = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long least = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(most, least);
	}

}
