package tandem.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tandem.TandemIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person gets the error page for Spring MVC's own errors; an API client keeps its problem details. */
@TandemIntegrationTest
class ErrorPageAdviceIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownPageAsksStrangersToSignIn() throws Exception {
		this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void anUnknownPageGoesToTheErrorPageNotToJson() throws Exception {
		MvcResult result = this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)
				.with(user("someone").authorities(new SimpleGrantedAuthority("SIGNED_IN"))))
			.andExpect(status().isNotFound())
			.andReturn();

		// sendError: the container, not MockMvc, then renders the error page.
		assertThat(result.getResponse().getContentAsString()).isEmpty();
		assertThat(result.getResponse().getContentType()).isNull();
	}

	@Test
	void anUnknownApiAddressKeepsProblemDetails() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.APPLICATION_JSON)
				.with(user("agency-system").authorities(new SimpleGrantedAuthority("API_CLIENT"))))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
