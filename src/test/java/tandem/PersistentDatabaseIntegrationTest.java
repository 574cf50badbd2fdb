package tandem;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server that keeps data between runs (the demo, the benchmarks) keeps it as a production server would:
 * the embedded defaults are made for throwaway test databases and sync nothing.
 */
class PersistentDatabaseIntegrationTest {

	@Test
	void aCommitReachesTheDiskBeforeItIsAcknowledgedAndCheckpointsAreSpacedAsInProduction() {
		// Under target/, not a JUnit temporary folder: the server runs until the JVM exits, after JUnit would delete it.
		EmbeddedPostgres server = ZeroSetupDatabase.Servers.persistent(Path.of("target", "persistent-database"), "32MB");
		JdbcClient jdbc = JdbcClient.create(server.getPostgresDatabase());

		Map<String, String> settings = jdbc
			.sql("""
					select name, current_setting(name) as value from pg_settings
					where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'max_wal_size', 'checkpoint_timeout',
					               'shared_buffers')
					""")
			.query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("value")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		assertThat(settings).containsEntry("fsync", "on")
			.containsEntry("synchronous_commit", "on")
			.containsEntry("full_page_writes", "on")
			.containsEntry("max_wal_size", "8GB")
			.containsEntry("checkpoint_timeout", "15min")
			.containsEntry("shared_buffers", "32MB");
	}

}
