package tandem.cases;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tandem.access.CaseAccessDecision.Basis;

/** The outcome of checking someone's access to a case, before anything is shown or recorded. */
sealed interface Admission {

	record Admitted(CaseFile file, Basis basis) implements Admission {
	}

	record BreakGlassOffered(CaseFile file, String why) implements Admission {
	}

	/**
	 * @param requestedId the id asked for, when it was well-formed
	 * @param existingCaseId the case's id only when the case exists, so the refusal shows on that case's trail
	 */
	record Hidden(@Nullable UUID requestedId, @Nullable UUID existingCaseId, String why) implements Admission {
	}

}
