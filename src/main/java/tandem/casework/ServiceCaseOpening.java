package tandem.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.AreaDirectory;
import tandem.cases.CaseRegister;
import tandem.directory.OnwardReferralAccepted;
import tandem.directory.ServiceKind;
import tandem.referral.ReferralRouted;

/**
 * Opens a service's case when work arrives: a referral routed to the IDVA or a specialist service, a triage decision
 * for the IDVA service, or an onward referral the service accepted. It runs in the transaction that sent the work, so
 * a referral is never routed without the service's case existing, and a second route to the same service joins the
 * case it already has open.
 */
@Service
public class ServiceCaseOpening {

	private static final String IDVA_SECTOR = "idva";

	private static final String SPECIALIST_SECTOR = "specialist-domestic-abuse";

	private final SupportCases cases;

	private final AreaDirectory areas;

	private final CaseRegister register;

	private final Clock clock;

	ServiceCaseOpening(SupportCases cases, AreaDirectory areas, CaseRegister register, Clock clock) {
		this.cases = cases;
		this.areas = areas;
		this.register = register;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ReferralRouted routed) {
		String sector = switch (routed.route()) {
			case MARAC_AND_IDVA, IDVA_SERVICE -> IDVA_SECTOR;
			case SPECIALIST_SERVICE -> SPECIALIST_SECTOR;
			case TRIAGE -> null;
		};
		if (sector != null) {
			this.areas.agencyOfSector(routed.areaId(), sector)
				.ifPresent(agency -> open(routed.caseId(), agency, "REFERRAL", null, routed.routedAt()));
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(OnwardReferralAccepted accepted) {
		// A perpetrator programme follows the person's engagement on the referral itself, not as victim casework.
		if (accepted.serviceKind() != ServiceKind.PERPETRATOR_PROGRAMME) {
			open(accepted.caseId(), accepted.agencyId(), "ONWARD_REFERRAL", accepted.onwardReferralId(),
					accepted.acceptedAt());
		}
	}

	/**
	 * A triage meeting sends the case to the area's IDVA service, which becomes involved in it.
	 *
	 * @return the IDVA agency's id, empty when the area has none
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<UUID> openAtIdvaService(UUID caseId, UUID areaId) {
		Optional<UUID> agency = this.areas.agencyOfSector(areaId, IDVA_SECTOR);
		agency.ifPresent(id -> {
			this.register.involve(caseId, id, LocalDate.now(this.clock));
			open(caseId, id, "TRIAGE", null, Instant.now(this.clock));
		});
		return agency;
	}

	/**
	 * Not audited on its own: the row holds ids only, and the use case that sent the work (the referral, the
	 * acceptance, the triage decision) has audited it, with the route, in this same transaction.
	 */
	private void open(UUID caseId, UUID agencyId, String source, @Nullable UUID onwardReferralId, Instant at) {
		this.cases.open(caseId, agencyId, source, onwardReferralId, at);
	}

}
