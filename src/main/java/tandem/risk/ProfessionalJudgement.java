package tandem.risk;

import org.jspecify.annotations.Nullable;

/** The referrer's professional judgement that the case is high risk whatever the score; it must say why. */
public record ProfessionalJudgement(boolean applies, @Nullable String reason) {

	public static final ProfessionalJudgement NONE = new ProfessionalJudgement(false, null);

	public ProfessionalJudgement {
		if (applies && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("Professional judgement needs a reason");
		}
		reason = applies ? reason.strip() : null;
	}

	public static ProfessionalJudgement because(String reason) {
		return new ProfessionalJudgement(true, reason);
	}

}
