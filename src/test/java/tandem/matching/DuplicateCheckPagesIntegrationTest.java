package tandem.matching;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.ClusterJobs;
import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The duplicate check's pages: who may use them, what starting a run and reading its report record, bad input. */
@TandemIntegrationTest
class DuplicateCheckPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClusterJobs jobs;

	@Autowired
	DedupRuns runs;

	@Test
	void notSignedInIsSentToSignInAndNothingStarts() throws Exception {
		long before = runCount();
		this.mvc.perform(get("/admin/duplicates")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/duplicates/" + UUID.randomUUID())).andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/admin/duplicates").with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(runCount()).isEqualTo(before);
	}

	@Test
	void everyRoleButAdministratorIsRefused() throws Exception {
		long before = runCount();
		var agency = this.fixtures.agency(this.fixtures.area(), "police");
		for (Role role : Role.values()) {
			if (role != Role.ADMINISTRATOR) {
				Actor actor = this.fixtures.user(agency, role);
				this.mvc.perform(get("/admin/duplicates").with(SignedInAs.user(actor))).andExpect(status().isForbidden());
				this.mvc.perform(get("/admin/duplicates/" + UUID.randomUUID()).with(SignedInAs.user(actor)))
					.andExpect(status().isForbidden());
				this.mvc.perform(post("/admin/duplicates").with(csrf()).with(SignedInAs.user(actor)))
					.andExpect(status().isForbidden());
			}
		}
		assertThat(runCount()).isEqualTo(before);
	}

	@Test
	void anAdministratorStartsARunWhichIsAuditedAndReadsItsReportWhichIsAuditedToo() throws Exception {
		Actor admin = administrator();
		DedupFixtures held = new DedupFixtures(this.jdbc);
		String family = DedupFixtures.family("Lowther");
		held.person("Annabel", family, java.time.LocalDate.of(1977, 7, 21));
		held.person("Anabel", family, java.time.LocalDate.of(1977, 7, 21));
		// Eleven copies of one record and one with day and month swapped: 55 pairs of copies and 11 weaker ones, more
		// than a cluster shows, so the swapped record is in none of the pairs shown.
		String copied = DedupFixtures.family("Marsh");
		for (int i = 0; i < 11; i++) {
			held.person("Marigold", copied, java.time.LocalDate.of(1968, 2, 9));
		}
		held.person("Marigold", copied, java.time.LocalDate.of(1968, 9, 2));

		this.mvc.perform(get("/admin/duplicates").with(SignedInAs.user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Run duplicate check now")));
		this.mvc.perform(post("/admin/duplicates").with(csrf()).with(SignedInAs.user(admin)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("started", true));
		UUID run = awaitFinished(admin);
		assertThat(audited(admin, "CREATE", DedupRuns.SUBJECT, run)).isEqualTo(1);

		String report = reportPage(admin, run, family);
		assertThat(report).contains("Confidential").contains("Annabel " + family).contains("Anabel " + family);
		String copies = reportPage(admin, run, copied);
		assertThat(copies).contains("Marigold " + copied)
			.contains("Cluster ")
			.contains(": 12 records")
			.contains("The " + (66 - DuplicateReport.PAIRS_SHOWN) + " weaker pairs of this cluster are not shown.")
			.contains("One other record of this cluster is in its weaker pairs only, which are not shown.")
			.doesNotContain("2 September 1968");
		assertThat(audited(admin, "VIEW", DuplicateReport.SUBJECT, run)).isEqualTo(2);
	}

	/** The page of the run's report that holds the cluster of this family's records. */
	private String reportPage(Actor admin, UUID run, String family) throws Exception {
		// Other tests' people share the database, so the cluster may be on any page of the report.
		int cluster = this.jdbc.sql("""
				select distinct d.cluster from person_dedup_pair d join person p on p.id = d.first_person
				where d.run_id = :run and p.family_name = :family
				""").param("run", run).param("family", family).query(Integer.class).single();
		int page = (cluster - 1) / DuplicateReport.CLUSTERS_PER_PAGE + 1;
		return this.mvc.perform(get("/admin/duplicates/" + run).param("page", String.valueOf(page))
				.with(SignedInAs.user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aRunAskedForWhileAnotherHoldsTheJobIsRefusedAndTheRefusalAudited() throws Exception {
		Actor admin = administrator();
		long before = runCount();

		this.jobs.runAlone(DuplicateCheck.JOB, () -> {
			try {
				return this.mvc.perform(post("/admin/duplicates").with(csrf()).with(SignedInAs.user(admin)))
					.andExpect(status().is3xxRedirection())
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
						.attribute("refused", true));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(runCount()).isEqualTo(before);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and subject_type = :subject and outcome = 'REFUSED'
				""").param("actor", admin.id()).param("subject", DedupRuns.SUBJECT).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aReportThatIsNotARunIsNotFoundAndAMalformedIdIsABadRequest() throws Exception {
		Actor admin = administrator();
		this.mvc.perform(get("/admin/duplicates/" + UUID.randomUUID()).with(SignedInAs.user(admin)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/duplicates/not-a-run").with(SignedInAs.user(admin)))
			.andExpect(status().isBadRequest());
	}

	private Actor administrator() {
		return this.fixtures.user(this.fixtures.agency(this.fixtures.area(), "council"), Role.ADMINISTRATOR);
	}

	private UUID awaitFinished(Actor admin) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			var run = this.jdbc.sql("select id, state from person_dedup_run where requested_by = :actor")
				.param("actor", admin.id())
				.query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
				.optional();
			if (run.isPresent() && !run.get().getValue().equals("running")) {
				assertThat(run.get().getValue()).isEqualTo("finished");
				return run.get().getKey();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The duplicate check did not finish in two minutes");
	}

	private long audited(Actor actor, String action, String subject, UUID run) {
		return this.jdbc.sql("""
				select count(*) from audit_event where actor_id = :actor and action = :action and subject_type = :subject
				and subject_id = :run and outcome = 'SUCCESS'
				""")
			.param("actor", actor.id())
			.param("action", action)
			.param("subject", subject)
			.param("run", run.toString())
			.query(Long.class)
			.single();
	}

	private long runCount() {
		// Runs asked for from the page only: a nightly run may start while the tests run.
		return this.jdbc.sql("select count(*) from person_dedup_run where trigger = 'administrator'")
			.query(Long.class)
			.single();
	}

}
