package tandem.directory;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory's forms: an onward referral's consent gate, the provider's capacity figures, a service. */
class FormsTest {

	private static final Set<String> AGENCIES = Set.of("agency-1");

	private static final Set<String> AREAS = Set.of("area-1", "area-2");

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

	@Test
	void aServiceNeedsItsWordsAnAreaAndARiskLevel() {
		assertThat(service("OUTREACH", "", "", "").errors(AGENCIES, AREAS)).isEmpty();
		ServiceForm blank = new ServiceForm(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
		assertThat(blank.errors(AGENCIES, AREAS)).containsOnlyKeys("agency", "name", "kind", "description", "areas",
				"riskLevels", "howToRefer");
		assertThat(blank.active()).isFalse();
		assertThat(blank.version()).isEqualTo(-1);
	}

	@Test
	void agesAreWholeNumbersUpTo120WithTheOldestNotBelowTheYoungest() {
		assertThat(service("OUTREACH", "16", "16", "").errors(AGENCIES, AREAS)).isEmpty();
		assertThat(service("OUTREACH", "-1", "121", "").errors(AGENCIES, AREAS)).containsOnlyKeys("minAge", "maxAge");
		assertThat(service("OUTREACH", "18", "17", "").errors(AGENCIES, AREAS))
			.containsEntry("maxAge", "Oldest age must be the same as or more than the youngest age");
		assertThat(service("OUTREACH", "sixteen", "", "").errors(AGENCIES, AREAS))
			.containsEntry("minAge", "Youngest age must be a whole number, like 16");
	}

	@Test
	void onlyARefugeGivesTheAreaItIsInAndARefugeMust() {
		assertThat(service("REFUGE", "", "", "").errors(AGENCIES, AREAS)).containsOnlyKeys("locatedInArea");
		assertThat(service("REFUGE", "", "", "area-1").errors(AGENCIES, AREAS)).isEmpty();
		assertThat(service("HELPLINE", "", "", "area-1").errors(AGENCIES, AREAS)).containsOnlyKeys("locatedInArea");
	}

	@Test
	void languagesAreSplitOnCommas() {
		ServiceForm form = new ServiceForm("agency-1", "Name", "OUTREACH", "About", List.of("area-1"),
				List.of("HIGH"), "", "", "", "", " Polish, Urdu ,, Polish ", "Phone", "", false, true, 0);
		assertThat(form.languageList()).containsExactly("Polish", "Urdu");
	}

	private static ServiceForm service(String kind, String minAge, String maxAge, String locatedIn) {
		return new ServiceForm("agency-1", "Beacon", kind, "Support", List.of("area-1"), List.of("MEDIUM", "HIGH"),
				minAge, maxAge, "", "", "", "Through Tandem", locatedIn, false, true, 0);
	}

	private static OnwardReferralForm referral(String consent, String basis, String note, String mandated) {
		return new OnwardReferralForm("a-service", "Needs outreach support", List.of("NAME"), consent, basis, note,
				mandated);
	}

}
