package tandem.web;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/** What escapes a controller: a page for people, problem details for agency systems, never the exception. */
class ErrorPageControllerTest {

	private final ErrorPageController controller = new ErrorPageController();

	@Test
	void aCrashOnTheApiIsAProblemNotAPage() {
		Object answer = this.controller.error(failed("/api/v1/referrals", 500), new ExtendedModelMap());

		assertThat(answer).isInstanceOfSatisfying(ResponseEntity.class, response -> {
			assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(((ProblemDetail) response.getBody()).getDetail()).contains("Nothing was saved");
		});
	}

	@Test
	void aCrashOnAPageIsThePlainErrorPage() {
		ExtendedModelMap model = new ExtendedModelMap();

		assertThat(this.controller.error(failed("/cases/123", 500), model)).isEqualTo("web/error");
		assertThat(model.get("status")).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static MockHttpServletRequest failed(String uri, int status) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		return request;
	}

}
