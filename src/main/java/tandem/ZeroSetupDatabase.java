package tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Chooses the database when none is configured. A configured {@code spring.datasource.url} always wins and this
 * class stays out of the way. Otherwise Tandem runs on an embedded PostgreSQL only when told to (the demo profile
 * or the tests); with neither it refuses to start, so real data can never land in a throwaway database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ZeroSetupDatabase.NoDatabaseConfigured.class)
class ZeroSetupDatabase {

	private static final Logger log = LoggerFactory.getLogger(ZeroSetupDatabase.class);

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(Settings settings) {
		return switch (settings.embedded()) {
			case NONE -> throw new DatabaseNotConfiguredException();
			case PERSISTENT -> connect(Servers.persistent(settings.dataDirectory(), settings.sharedBuffers()));
			case EPHEMERAL -> connect(Servers.ephemeral());
		};
	}

	private static HikariDataSource connect(EmbeddedPostgres server) {
		String url = server.getJdbcUrl("postgres", "postgres");
		log.info("Using embedded PostgreSQL on port {}", server.getPort());
		return DataSourceBuilder.create()
			.url(url)
			.username("postgres")
			.password("postgres")
			.type(HikariDataSource.class)
			.build();
	}

	static final class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}

	}

	/** How Tandem may provide its own database when none is configured. */
	enum Mode {
		/** Refuse to start: production must name its database. */
		NONE,
		/** Keep data between runs in a local folder (the demo). */
		PERSISTENT,
		/** A fresh database per JVM, thrown away at exit (tests). */
		EPHEMERAL
	}

	/**
	 * @param sharedBuffers PostgreSQL's page cache for a persistent embedded server, e.g. {@code 2GB}: its default of
	 * 128 MB suits a demo, not a data set of millions of cases (the benchmarks size it as a production server would be)
	 */
	@ConfigurationProperties("tandem.database")
	record Settings(Mode embedded, Path dataDirectory, String sharedBuffers) {
		Settings {
			embedded = embedded == null ? Mode.NONE : embedded;
			dataDirectory = dataDirectory == null ? Path.of("tandem-data", "postgres") : dataDirectory;
			sharedBuffers = sharedBuffers == null ? "128MB" : sharedBuffers;
		}
	}

	/**
	 * One server per JVM and data folder: test contexts and the second node in the multi-node test share it, just as
	 * several Tandem processes share one production database.
	 */
	static final class Servers {

		private static EmbeddedPostgres ephemeral;

		private static EmbeddedPostgres persistent;

		private Servers() {
		}

		static synchronized EmbeddedPostgres ephemeral() {
			if (ephemeral == null) {
				ephemeral = start(EmbeddedPostgres.builder());
			}
			return ephemeral;
		}

		static synchronized EmbeddedPostgres persistent(Path dataDirectory, String sharedBuffers) {
			if (persistent == null) {
				try {
					Files.createDirectories(dataDirectory);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot create the demo database folder " + dataDirectory, ex);
				}
				// Kept data is kept as a production server keeps it: the embedded defaults, made for throwaway test
				// databases, neither wait for a commit to reach the disk nor sync it at all. Checkpoints are spaced as on
				// a production server too, so that a write-heavy run (the benchmarks) is not checkpointing every minute
				// and copying whole pages into the log after each.
				persistent = start(EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(false)
					.setServerConfig("shared_buffers", sharedBuffers)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("max_wal_size", "8GB")
					.setServerConfig("checkpoint_timeout", "15min"));
			}
			return persistent;
		}

		private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) {
			try {
				EmbeddedPostgres server = builder.setServerConfig("max_connections", "300").start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
				return server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
			}
		}

		private static void close(EmbeddedPostgres server) {
			try {
				server.close();
			}
			catch (IOException ex) {
				log.warn("Embedded PostgreSQL did not stop cleanly", ex);
			}
		}

	}

}
