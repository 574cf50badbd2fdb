package tandem.referral;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tandem.Fixtures;
import tandem.SignedInAs;
import tandem.agency.Actor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Drives the referral pages through MockMvc the way a browser would post them, for the journey's tests. */
final class JourneyDriver {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	JourneyDriver(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	UUID start(Actor author) throws Exception {
		String location = this.mvc.perform(post("/referrals/new").with(SignedInAs.user(author)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring("/referrals/drafts/".length()));
	}

	long version(UUID draft) {
		return this.jdbc.sql("select version from referral_draft where id = :id").param("id", draft)
			.query(Long.class).single();
	}

	/** Posts one page with the draft's current version and the given field names and values, in pairs. */
	ResultActions save(Actor author, UUID draft, String slug, String... fieldsAndValues) throws Exception {
		return saveAt(author, draft, slug, version(draft), fieldsAndValues);
	}

	ResultActions saveAt(Actor author, UUID draft, String slug, long version, String... fieldsAndValues)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/referrals/drafts/" + draft + "/" + slug)
			.with(SignedInAs.user(author)).with(csrf())
			.param("version", String.valueOf(version));
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
		}
		return this.mvc.perform(request);
	}

	/** Fills every page with a valid referral of {@code yes} yes answers for the area given. */
	void fill(Actor author, UUID draft, String area, String givenName, int yes) throws Exception {
		save(author, draft, "area", "area", area).andExpect(status().is3xxRedirection());
		save(author, draft, "victim", "victim-givenName", givenName, "victim-familyName", "Journey",
				"victim-dateOfBirth-day", "2", "victim-dateOfBirth-month", "4", "victim-dateOfBirth-year", "1990",
				"victim-gender", "FEMALE").andExpect(status().is3xxRedirection());
		save(author, draft, "contact", "victim-phone-number", "07700 900123", "victim-phone-safeToCall", "no",
				"victim-phone-safeTimes", "Weekdays 10am to 2pm").andExpect(status().is3xxRedirection());
		save(author, draft, "perpetrators", "perpetrators-count", "0", "action", "add")
			.andExpect(status().is3xxRedirection());
		save(author, draft, "perpetrators", "perpetrators-count", "1", "perpetrators-0-givenName", "Abuser",
				"perpetrators-0-familyName", Fixtures.unique("Perp"), "perpetrators-0-relationshipToVictim", "EX_PARTNER")
			.andExpect(status().is3xxRedirection());
		save(author, draft, "children", "children-count", "0").andExpect(status().is3xxRedirection());
		for (int page = 1; page <= 4; page++) {
			String[] answers = new String[12];
			for (int q = 0; q < 6; q++) {
				int number = (page - 1) * 6 + q + 1;
				answers[q * 2] = "dash-answers-q" + number;
				answers[q * 2 + 1] = number <= yes ? "YES" : "NO";
			}
			save(author, draft, "dash-" + page, answers).andExpect(status().is3xxRedirection());
		}
		save(author, draft, "risk", "policeCalloutsLast12Months", "1", "professionalJudgement-applies", "no")
			.andExpect(status().is3xxRedirection());
		save(author, draft, "consent", "victimAwareOfReferral", "yes", "consent", "GIVEN")
			.andExpect(status().is3xxRedirection());
	}

}
