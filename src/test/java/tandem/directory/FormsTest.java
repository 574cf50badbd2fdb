package tandem.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's forms: an onward referral's consent gate and the provider's capacity figures. */
class FormsTest {

	@Test
	void withConsentNoLawfulBasisIsAsked() {
		assertThat(referral("GIVEN", "", "", "").errors(false)).isEmpty();
	}

	@Test
	void withoutConsentTheBasisAndTheReasonAreBothRequired() {
		assertThat(referral("NOT_GIVEN", "", "", "").errors(false)).containsOnlyKeys("lawfulBasis", "lawfulBasisNote");
		assertThat(referral("NOT_GIVEN", "MADE_UP", "Risk to life", "").errors(false)).containsOnlyKeys("lawfulBasis");
		assertThat(referral("NOT_GIVEN", "VITAL_INTERESTS", "Risk to life", "").errors(false)).isEmpty();
		assertThat(referral("", "", "", "").errors(false)).containsOnlyKeys("consent");
	}

	@Test
	void aPerpetratorProgrammeAsksWhetherAttendanceIsMandated() {
		assertThat(referral("GIVEN", "", "", "").errors(true)).containsOnlyKeys("mandated");
		assertThat(referral("GIVEN", "", "", "NO").errors(true)).isEmpty();
	}

	@Test
	void capacityIsAWholeNumberZeroOrMoreOrBlank() {
		assertThat(new CapacityForm("", "", 0).errors()).isEmpty();
		assertThat(new CapacityForm("0", "12", 0).errors()).isEmpty();
		assertThat(new CapacityForm("-1", "2.5", 0).errors()).containsEntry("spacesFree", "Spaces free cannot be below zero")
			.containsEntry("waitingWeeks", "Waiting time must be a whole number, like 3");
		assertThat(new CapacityForm(" 4 ", "", 0).spaces()).isEqualTo(4);
		assertThat(new CapacityForm("", "", 0).spaces()).isNull();
	}

	private static OnwardReferralForm referral(String consent, String basis, String note, String mandated) {
		return new OnwardReferralForm("a-service", "Needs outreach support", List.of("NAME"), consent, basis, note,
				mandated);
	}

}
