package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

import tandem.ClusterJobs;
import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;
import tandem.notify.Outbox;
import tandem.notify.OutboxTesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Overdue actions are chased by e-mail through a real SMTP server (GreenMail), on a fixed date; the e-mail carries no
 * personal data; a delivery that keeps failing is reported to the coordinator.
 */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class ActionChasingIntegrationTest {

	@RegisterExtension
	static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

	/** Two days after the action fell due. */
	private static final Clock TWELFTH_OF_MARCH = Clock.fixed(
			LocalDate.of(2027, 3, 12).atTime(8, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
			ZoneId.of("Europe/London"));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MaracFixtures marac;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	ClusterJobs jobs;

	@Autowired
	ObjectProvider<org.springframework.mail.javamail.JavaMailSender> noMailServerConfigured;

	private String ownerAddress;

	private Actor coordinator;

	private String victimName;

	@BeforeEach
	void anOverdueAction() {
		AreaFixture area = this.fixtures.area();
		AgencyRef police = this.fixtures.agency(area, "police");
		this.coordinator = this.fixtures.user(police, Role.COORDINATOR);
		Actor owner = this.fixtures.user(police, Role.AGENCY_REPRESENTATIVE);
		this.ownerAddress = Fixtures.unique("owner") + "@police.example";
		this.marac.email(owner.userId(), this.ownerAddress);
		this.victimName = Fixtures.unique("Seren");
		UUID victim = this.cases.aPerson().named(this.victimName, "Hughes").create();
		CreatedCase aCase = this.cases.aCase(area.id()).victim(victim).involving(police).create();
		UUID meeting = this.marac.meeting(area.id(), LocalDate.of(2027, 3, 4));
		UUID item = this.marac.list(meeting, aCase.id(), AgendaCategory.NEW);
		this.jdbc.sql("""
				insert into marac_action (id, agenda_item_id, meeting_id, case_id, agency_id, owner_user_id, description,
				                          due_on, created_at)
				values (:id, :item, :meeting, :case, :agency, :owner, :what, '2027-03-10', now())
				""")
			.param("id", UUID.randomUUID()).param("item", item).param("meeting", meeting).param("case", aCase.id())
			.param("agency", police.id()).param("owner", owner.userId())
			.param("what", "Speak to " + this.victimName + " about a safety plan")
			.update();
	}

	@Test
	void theOwnerIsChasedOnceADayWithoutAnyPersonalData() throws Exception {
		ActionChasing chasing = new ActionChasing(this.jdbc, this.outbox, this.jobs, TWELFTH_OF_MARCH);

		chasing.chase();
		chasing.chase();
		OutboxTesting.sender(this.jdbc, this.jobs, TWELFTH_OF_MARCH, 5).sendDue(smtp());

		List<MimeMessage> mine = Arrays.stream(mail.getReceivedMessagesForDomain(this.ownerAddress)).toList();
		assertThat(mine).hasSize(1);
		assertThat(mine.getFirst().getSubject()).isEqualTo("You have an overdue action in Tandem");
		String body = GreenMailUtil.getBody(mine.getFirst());
		assertThat(body).contains("/marac/actions").doesNotContain(this.victimName).doesNotContain("safety plan");
	}

	@Test
	void aDeliveryThatKeepsFailingIsReportedToTheCoordinator() throws Exception {
		new ActionChasing(this.jdbc, this.outbox, this.jobs, TWELFTH_OF_MARCH).chase();
		mail.stop();
		try {
			OutboxTesting.sender(this.jdbc, this.jobs, TWELFTH_OF_MARCH, 1).sendDue(smtp());
		}
		finally {
			mail.start();
		}

		assertThat(this.jdbc.sql("select status from outbox_email where recipient = :r").param("r", this.ownerAddress)
			.query(String.class).single()).isEqualTo("FAILED");
		String overview = this.mvc.perform(get("/marac/overview").with(SignedInAs.user(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(overview).contains("1 reminder e-mail could not be delivered").contains(this.ownerAddress);
		assertThat(this.noMailServerConfigured.getIfAvailable()).isNull();
	}

	private static JavaMailSenderImpl smtp() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(ServerSetupTest.SMTP.getPort());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

}
