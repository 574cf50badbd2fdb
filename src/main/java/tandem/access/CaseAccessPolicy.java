package tandem.access;

import tandem.access.CaseAccessDecision.Basis;
import tandem.access.CaseAccessDecision.Granted;
import tandem.access.CaseAccessDecision.Refusal;
import tandem.access.CaseAccessDecision.Refused;
import tandem.agency.Actor;

/**
 * Need to know, decided in one place. Every page, API and list that shows a case asks this policy; none decides for
 * itself. Plain Java on purpose: the rules are tested as a table without Spring or a database.
 */
public final class CaseAccessPolicy {

	private CaseAccessPolicy() {
	}

	/**
	 * @param activeBreakGlass whether the actor holds an unexpired emergency access grant for this case
	 */
	public static CaseAccessDecision decide(Actor actor, CaseAccessFacts facts, boolean activeBreakGlass) {
		if (!actor.worksWithCases()) {
			return hidden("no role that works with cases");
		}
		boolean named = actor.userId() != null && facts.namedUserIds().contains(actor.userId());
		if (facts.restricted()) {
			// See doc/adr/0040: a party may work in a partner agency, so even break glass is not offered.
			return named ? new Granted(Basis.NAMED_USER) : hidden("restricted case, not a named user");
		}
		if (facts.involvedAgencyIds().contains(actor.agency().id())) {
			return new Granted(Basis.INVOLVED_AGENCY);
		}
		if (actor.servesArea(facts.areaId())) {
			return new Granted(Basis.AREA_ROLE);
		}
		if (named) {
			return new Granted(Basis.NAMED_USER);
		}
		if (actor.kind() == Actor.Kind.API_CLIENT) {
			return hidden("agency system, agency not involved");
		}
		if (activeBreakGlass) {
			return new Granted(Basis.BREAK_GLASS);
		}
		return new Refused(Refusal.BREAK_GLASS_OFFERED, "agency not involved");
	}

	private static Refused hidden(String why) {
		return new Refused(Refusal.HIDDEN, why);
	}

}
