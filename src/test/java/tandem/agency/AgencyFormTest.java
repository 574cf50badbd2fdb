package tandem.agency;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgencyFormTest {

	private static final String AREA = UUID.randomUUID().toString();

	@Test
	void acceptsAnAgencyInAnAreaWithAKnownSector() {
		assertThat(new AgencyForm(AREA, "womens-aid", "Women’s Aid", "specialist-domestic-abuse").validate().any()).isFalse();
	}

	@Test
	void refusesAMissingOrForgedAreaABadCodeAndAnUnknownSector() {
		FormErrors errors = new AgencyForm("not-an-id", "Police", "", "constabulary").validate();
		assertThat(errors.asMap().keySet()).containsExactly("area", "code", "name", "sector");
		assertThat(errors.of("code")).startsWith("The agency code must start with a letter");
		assertThat(errors.of("sector")).isEqualTo("Select the agency’s sector");
	}

	@Test
	void theSectorsAreThePartnershipsAgencyTypes() {
		assertThat(Sector.options()).hasSize(12).containsEntry("police", "Police").containsEntry("idva", "IDVA service")
			.containsEntry("childrens-social-care", "Children’s social care").containsEntry("other", "Other");
		assertThat(Sector.labelOf("acute-health")).isEqualTo("Acute health");
		assertThat(Sector.labelOf("from-before")).isEqualTo("from-before");
	}

	@Test
	void theChangeFormChecksNameAndSector() {
		assertThat(new AgencyChangeForm("Police", "police", 0).validate().any()).isFalse();
		assertThat(new AgencyChangeForm(" ", null, 0).validate().asMap().keySet()).containsExactly("name", "sector");
	}

}
