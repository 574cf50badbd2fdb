package tandem.cases;

import java.util.UUID;

import tandem.access.CaseAccessDecision.Basis;

/** What {@link CaseGate} lets someone see of a case. */
public sealed interface CaseSight {

	/** The case, and on what basis the viewer may see it. */
	record Visible(CaseDetails details, Basis basis) implements CaseSight {
	}

	/** No access, but the viewer may break glass with a written reason. */
	record BreakGlassOffered(UUID caseId) implements CaseSight {
	}

	/** Nothing to see: show exactly what a case that does not exist shows. */
	record Hidden() implements CaseSight {
	}

}
