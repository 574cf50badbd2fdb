package tandem.cases;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.access.BreakGlassGrants;
import tandem.access.BreakGlassReason;
import tandem.agency.Actor;

/** Someone offered break glass on a case asks for it, with their reason. */
@Service
class EmergencyAccess {

	private final CaseAccessCheck access;

	private final BreakGlassGrants grants;

	EmergencyAccess(CaseAccessCheck access, BreakGlassGrants grants) {
		this.access = access;
		this.grants = grants;
	}

	sealed interface Result {

		/** Access granted now, or the requester could already see the case. */
		record Open() implements Result {
		}

		record InvalidReason(String problem) implements Result {
		}

		record Hidden() implements Result {
		}

	}

	@Transactional
	Result request(Actor actor, String caseId, String reason) {
		Admission admission = this.access.check(actor, caseId);
		switch (admission) {
			case Admission.Admitted admitted -> {
				return new Result.Open();
			}
			case Admission.Hidden hidden -> {
				this.access.recordRefusal(actor, hidden);
				return new Result.Hidden();
			}
			case Admission.BreakGlassOffered offered -> {
				Optional<String> problem = BreakGlassReason.problemWith(reason);
				if (problem.isPresent()) {
					return new Result.InvalidReason(problem.get());
				}
				this.grants.grant(actor, offered.file().accessFacts(), offered.file().reference(),
						new BreakGlassReason(reason));
				return new Result.Open();
			}
		}
	}

}
