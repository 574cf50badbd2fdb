package tandem.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An onward referral as typed. The practitioner chooses what to share; without the person's consent they must give a
 * lawful basis and say in their own words why sharing is necessary.
 *
 * @param share the parts of the record to share: NAME, CONTACT, RISK, CHILDREN
 * @param mandated for perpetrator programmes: YES when a court or probation requires attendance
 */
record OnwardReferralForm(String service, String reason, List<String> share, String consent, String lawfulBasis,
		String lawfulBasisNote, String mandated) {

	static final Set<String> SHARES = Set.of("NAME", "CONTACT", "RISK", "CHILDREN");

	private static final int LONGEST = 2000;

	OnwardReferralForm {
		share = List.copyOf(share);
	}

	boolean consentGiven() {
		return "GIVEN".equals(this.consent);
	}

	boolean shares(String part) {
		return this.share.contains(part);
	}

	Map<String, String> errors(boolean perpetratorProgramme) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.service.isBlank()) {
			errors.put("service", "Select the service to refer to");
		}
		if (this.reason.isBlank()) {
			errors.put("reason", "Enter why you are referring");
		}
		else if (this.reason.length() > LONGEST) {
			errors.put("reason", "The reason must be " + LONGEST + " characters or fewer");
		}
		if (!SHARES.containsAll(this.share)) {
			errors.put("share", "Select only from the parts listed");
		}
		if (perpetratorProgramme && !Set.of("YES", "NO").contains(this.mandated)) {
			errors.put("mandated", "Select whether attendance is required by a court or probation");
		}
		if (!Set.of("GIVEN", "NOT_GIVEN").contains(this.consent)) {
			errors.put("consent", "Select whether the person has consented to this referral");
		}
		else if (!consentGiven()) {
			if (!LawfulBasis.options().containsKey(this.lawfulBasis)) {
				errors.put("lawfulBasis", "Select the lawful basis for sharing without consent");
			}
			if (this.lawfulBasisNote.isBlank()) {
				errors.put("lawfulBasisNote", "Enter why sharing without consent is necessary");
			}
			else if (this.lawfulBasisNote.length() > LONGEST) {
				errors.put("lawfulBasisNote", "The reason must be " + LONGEST + " characters or fewer");
			}
		}
		return errors;
	}

}
