package tandem.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tandem.cases.CaseDetails;
import tandem.person.PersonContact;
import tandem.person.PersonDetails;

/**
 * The part of a case that an onward referral shares, chosen field by field and copied when it is sent. A referral to
 * a perpetrator programme is about the perpetrator, never the victim's whereabouts or contact details. Only a contact
 * marked safe can be shared ({@link PersonContact} never holds an unsafe value).
 */
record SharedRecord(String subject, @Nullable String name, @Nullable LocalDate dateOfBirth, @Nullable String contact,
		@Nullable String contactSafeTimes, @Nullable String riskLevel, @Nullable String children) {

	static SharedRecord of(CaseDetails details, OnwardReferralForm form, boolean aboutPerpetrator, LocalDate today) {
		PersonDetails subject = aboutPerpetrator
				? details.perpetrators().stream().findFirst().map(CaseDetails.Party::person).orElse(null)
				: details.victim() == null ? null : details.victim().person();
		boolean name = form.shares("NAME") && subject != null;
		PersonContact contact = aboutPerpetrator || !form.shares("CONTACT") || subject == null ? null
				: subject.contacts().stream().filter(PersonContact::safeToUse).findFirst().orElse(null);
		return new SharedRecord(aboutPerpetrator ? "PERPETRATOR" : "VICTIM", name ? subject.fullName() : null,
				name ? subject.dateOfBirth() : null,
				contact == null ? null : contact.kind().label() + ": " + contact.value(),
				contact == null ? null : contact.safeTimes(),
				form.shares("RISK") && details.riskLevel() != null ? details.riskLevel().label() : null,
				form.shares("CHILDREN") && !details.children().isEmpty() ? children(details.children(), today) : null);
	}

	private static String children(List<CaseDetails.Party> children, LocalDate today) {
		return children.stream().map(child -> {
			Integer age = child.person().ageOn(today);
			return child.person().fullName() + (age == null ? "" : " (" + age + ")");
		}).collect(Collectors.joining(", "));
	}

}
