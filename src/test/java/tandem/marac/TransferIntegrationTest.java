package tandem.marac;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.Fixtures;
import tandem.Fixtures.AreaFixture;
import tandem.SignedInAs;
import tandem.TandemIntegrationTest;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;
import tandem.cases.CaseFixtures;
import tandem.cases.CaseFixtures.CreatedCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A victim moves: the case goes from one area's MARAC to another's, both sides audited. */
@TandemIntegrationTest
@Import({ MaracFixtures.class, CaseFixtures.class })
class TransferIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseFixtures cases;

	@Autowired
	JdbcClient jdbc;

	private AreaFixture from;

	private AreaFixture to;

	private AgencyRef toIdva;

	private Actor sending;

	private Actor receiving;

	private CreatedCase aCase;

	@BeforeEach
	void twoAreas() {
		this.from = this.fixtures.area();
		this.to = this.fixtures.area();
		AgencyRef fromPolice = this.fixtures.agency(this.from, "police");
		this.toIdva = this.fixtures.agency(this.to, "idva");
		this.sending = this.fixtures.user(fromPolice, Role.COORDINATOR);
		this.receiving = this.fixtures.user(this.toIdva, Role.COORDINATOR);
		this.aCase = this.cases.aCase(this.from.id()).involving(fromPolice).create();
	}

	@Test
	void onlyTheCoordinatorOfTheCasesAreaCanSendIt() throws Exception {
		Actor representative = this.fixtures.user(this.fixtures.agency(this.from, "housing"), Role.AGENCY_REPRESENTATIVE);

		this.mvc.perform(send(representative, this.to.code())).andExpect(status().isForbidden());
		this.mvc.perform(send(this.receiving, this.to.code())).andExpect(status().isNotFound());
		assertThat(transfers()).isZero();
	}

	@Test
	void theReceivingCoordinatorAcceptsItOntoTheirAgendaAsATransferIn() throws Exception {
		this.mvc.perform(send(this.sending, this.to.code())).andExpect(status().is3xxRedirection());

		String waiting = this.mvc.perform(get("/marac/transfers").with(SignedInAs.user(this.receiving)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(waiting).contains(this.aCase.reference()).contains("Victim moved to a refuge in the area");
		UUID transfer = this.jdbc.sql("select id from marac_transfer where case_id = :c").param("c", this.aCase.id())
			.query(UUID.class).single();

		this.mvc.perform(post("/marac/transfers/" + transfer + "/accept").with(SignedInAs.user(this.receiving))
			.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.sql("select area_id from case_file where id = :c").param("c", this.aCase.id())
			.query(UUID.class).single()).isEqualTo(this.to.id());
		assertThat(this.jdbc.sql("""
				select i.category || ' ' || i.transfer_from from agenda_item i join marac_meeting m on m.id = i.meeting_id
				where i.case_id = :c and m.area_id = :area
				""").param("c", this.aCase.id()).param("area", this.to.id()).query(String.class).single())
			.isEqualTo("TRANSFER_IN Test area " + this.from.code());
		assertThat(this.jdbc.sql("select count(*) from case_agency where case_id = :c and agency_id = :a")
			.param("c", this.aCase.id()).param("a", this.toIdva.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select action || ' ' || actor_id from audit_event where subject_type = 'marac-transfer' and case_id = :c
				order by occurred_at
				""").param("c", this.aCase.id()).query(String.class).list())
			.containsExactly("SHARE " + this.sending.id(), "CHANGE " + this.receiving.id());
	}

	@Test
	void aCaseWaitingForAnotherAreaCannotBeSentTwiceOrToItsOwnArea() throws Exception {
		this.mvc.perform(send(this.sending, this.from.code())).andExpect(status().isUnprocessableContent());
		this.mvc.perform(send(this.sending, this.to.code())).andExpect(status().is3xxRedirection());

		String again = this.mvc.perform(send(this.sending, this.to.code()))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();

		assertThat(again).contains("already waiting to be accepted");
		assertThat(transfers()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder send(Actor actor, String area) {
		return post("/marac/cases/" + this.aCase.id() + "/transfer").param("toArea", area)
			.param("reason", "Victim moved to a refuge in the area").param("idvaHandover", "IDVAs to speak on Monday")
			.with(SignedInAs.user(actor)).with(csrf());
	}

	private int transfers() {
		return this.jdbc.sql("select count(*) from marac_transfer where case_id = :c").param("c", this.aCase.id())
			.query(Integer.class).single();
	}

}
