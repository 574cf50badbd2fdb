package tandem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the refusal to start into a plain explanation instead of a stack trace. */
class DatabaseNotConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotConfiguredException cause) {
		return new FailureAnalysis(
				"Tandem will not start without a database. Real case data must never be written to a throwaway"
						+ " demo database by accident, so Tandem only runs on its own embedded PostgreSQL when the"
						+ " demo profile is active.",
				"Either point Tandem at your PostgreSQL server (SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME,"
						+ " SPRING_DATASOURCE_PASSWORD), or start the fictional demo partnership with"
						+ " --spring.profiles.active=demo.",
				cause);
	}

}
