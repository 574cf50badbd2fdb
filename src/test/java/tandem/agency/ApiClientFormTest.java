package tandem.agency;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiClientFormTest {

	private static final String AGENCY = UUID.randomUUID().toString();

	@ParameterizedTest
	@ValueSource(strings = { "north-police", "north.police_2", "abc" })
	void acceptsClientIdsLikeTheDemoOnes(String clientId) {
		assertThat(new ApiClientForm(AGENCY, clientId, "Records system").validate().any()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "North-Police", "ab", "-north", "north police" })
	void refusesOtherClientIds(String clientId) {
		assertThat(new ApiClientForm(AGENCY, clientId, "Records system").validate().asMap().keySet())
			.containsExactly("clientId");
	}

	@Test
	void needsAnAgencyAndADescription() {
		FormErrors errors = new ApiClientForm("", "north-police", "").validate();
		assertThat(errors.asMap().keySet()).containsExactly("agency", "description");
	}

	@Test
	void theClientIdDefaultsToTheAgencysQualifiedCode() {
		AgencySummary agency = new AgencySummary(UUID.randomUUID(), UUID.randomUUID(), "north", "police", "Police",
				"police", true, 0);
		assertThat(ApiClientForm.forAgency(agency).clientId()).isEqualTo("north-police");
	}

}
