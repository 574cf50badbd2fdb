package tandem.triage;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.referral.ReferralRouted;
import tandem.referral.Route;

/**
 * Puts each referral routed to triage on its area's queue, in the referral's own transaction, so a referral can never
 * be routed to triage and miss the queue.
 */
@Component
class TriageQueue {

	private final TriageItems items;

	TriageQueue(TriageItems items) {
		this.items = items;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReferralRouted routed) {
		if (routed.route() == Route.TRIAGE) {
			this.items.add(routed.caseId(), routed.referralId(), routed.areaId(), routed.routedAt());
		}
	}

}
