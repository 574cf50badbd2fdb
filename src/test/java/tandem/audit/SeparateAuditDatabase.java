package tandem.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import tandem.ClusterJobs;

/**
 * A fresh Tandem database of its own on the test server, with its own sealer and chain check. Tests that tamper with
 * the audit tables run here: tampering with the shared database would break every other test's chain.
 */
final class SeparateAuditDatabase implements AutoCloseable {

	private final JdbcTemplate server;

	private final String name;

	private final DataSource dataSource;

	private final AuditSettings settings;

	final JdbcClient jdbc;

	final AuditLog log;

	final AuditSealer sealer;

	final AuditChainVerifier verifier;

	private SeparateAuditDatabase(JdbcTemplate server, String name, DataSource dataSource, AuditSettings settings) {
		this.server = server;
		this.name = name;
		this.dataSource = dataSource;
		this.settings = settings;
		JdbcTemplate jdbcTemplate = new JdbcTemplate(dataSource);
		this.jdbc = JdbcClient.create(jdbcTemplate);
		Clock clock = Clock.systemUTC();
		this.log = new AuditLog(this.jdbc, clock);
		this.sealer = newSealer();
		this.verifier = new AuditChainVerifier(this.jdbc, this.log, settings, clock);
	}

	/** Command-line arguments that point a Tandem process at this database. */
	List<String> connectionArguments() {
		SimpleDriverDataSource driver = (SimpleDriverDataSource) this.dataSource;
		return List.of("--spring.datasource.url=" + driver.getUrl(), "--spring.datasource.username=" + driver.getUsername(),
				"--spring.datasource.password=" + driver.getPassword());
	}

	/** Creates and migrates a new database on the server behind the shared one; the caller closes it to drop it. */
	static SeparateAuditDatabase besides(DataSource shared, AuditSettings settings) {
		String name = "audit_" + UUID.randomUUID().toString().replace("-", "");
		JdbcTemplate server = new JdbcTemplate(shared);
		server.execute("create database " + name);
		DataSource dataSource = connect(shared, name);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return new SeparateAuditDatabase(server, name, dataSource, settings);
	}

	private static DataSource connect(DataSource shared, String database) {
		try (Connection connection = shared.getConnection()) {
			String url = connection.getMetaData().getURL().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
			return new SimpleDriverDataSource(new org.postgresql.Driver(), url, connection.getMetaData().getUserName(),
					shared.unwrap(HikariDataSource.class).getPassword());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the test database server", ex);
		}
	}

	/** A second, independent sealer on this database, as another Tandem node would have. */
	AuditSealer newSealer() {
		JdbcTemplate jdbcTemplate = new JdbcTemplate(this.dataSource);
		ClusterJobs jobs = new ClusterJobs(JdbcClient.create(jdbcTemplate),
				new DataSourceTransactionManager(this.dataSource));
		return new AuditSealer(jobs, new AuditSeals(jdbcTemplate), this.settings, Clock.systemUTC());
	}

	/** A connection of its own, for transactions the test controls. */
	Connection connection() throws SQLException {
		return this.dataSource.getConnection();
	}

	/** Writes an event as a use case would; its subject id says which it is. */
	long record(String subjectId) {
		this.log.recordAlone(AuditEvent.success(new AuditActor("user:test", "Test user", "police"), AuditAction.VIEW,
				"case", subjectId));
		return this.jdbc.sql("select max(id) from audit_event where subject_id = :subject")
			.param("subject", subjectId)
			.query(Long.class)
			.single();
	}

	/** Runs SQL with the append-only trigger of the table switched off: what only a database superuser can do. */
	void tamper(String table, String sql) {
		this.jdbc.sql("alter table " + table + " disable trigger " + table + "_append_only").update();
		try {
			this.jdbc.sql(sql).update();
		}
		finally {
			this.jdbc.sql("alter table " + table + " enable trigger " + table + "_append_only").update();
		}
	}

	long sequenceOf(long eventId) {
		return this.jdbc.sql("select sequence from audit_seal where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	@Override
	public void close() {
		this.server.execute("drop database " + this.name + " with (force)");
	}

}
