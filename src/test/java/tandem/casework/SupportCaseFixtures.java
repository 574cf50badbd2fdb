package tandem.casework;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;

/** A service's case straight in the database, for tests that cannot send a referral through MockMvc (browser tests). */
@TestComponent
public class SupportCaseFixtures {

	private final JdbcClient jdbc;

	SupportCaseFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID open(UUID caseId, AgencyRef service, @Nullable Actor worker) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into support_case (id, case_id, agency_id, source, received_at, worker_user_id, allocated_at)
				values (:id, :case, :agency, 'REFERRAL', now() - interval '2 days', :worker,
				        case when cast(:worker as uuid) is not null then now() end)
				""")
			.param("id", id).param("case", caseId).param("agency", service.id())
			.param("worker", worker == null ? null : worker.userId())
			.update();
		if (worker != null) {
			this.jdbc.sql("""
					insert into support_case_allocation (id, support_case_id, allocated_at, worker_user_id)
					values (:allocation, :id, now(), :worker)
					""")
				.param("allocation", UUID.randomUUID()).param("id", id).param("worker", worker.userId())
				.update();
		}
		return id;
	}

}
