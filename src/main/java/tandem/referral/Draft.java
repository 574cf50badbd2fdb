package tandem.referral;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral being written in pages: what its author has typed so far, field by field, exactly as typed (valid or
 * not). The version guards against two tabs saving over each other.
 */
record Draft(UUID id, UUID authorId, long version, Instant createdAt, Instant updatedAt, Map<String, String> answers) {

	Draft {
		answers = Map.copyOf(answers);
	}

	@Nullable String answer(String field) {
		return this.answers.get(field);
	}

	/** A date as typed into its three boxes, for showing back ("27/3/1985"); null when nothing was typed. */
	public @Nullable String typedDate(String field) {
		String day = this.answers.getOrDefault(field + "-day", "");
		String month = this.answers.getOrDefault(field + "-month", "");
		String year = this.answers.getOrDefault(field + "-year", "");
		return day.isBlank() && month.isBlank() && year.isBlank() ? null : day + "/" + month + "/" + year;
	}

	/** The number of entries typed for a repeated group (perpetrators, children). */
	public int entries(String group) {
		return RepeatedAnswers.count(this.answers, group);
	}

	/** What the author typed for the victim's name, for their own list of drafts. */
	public String victimName() {
		String name = String.join(" ", this.answers.getOrDefault("victim-givenName", ""),
				this.answers.getOrDefault("victim-familyName", "")).strip();
		return name.isEmpty() ? "Victim not named yet" : name;
	}

}
