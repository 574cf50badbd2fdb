package tandem.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.agency.Actor;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.risk.RiskLevel;

/**
 * What a referrer's home page shows of their referrals: those they sent lately (no names: reference, date, risk and
 * route) and their own drafts, which name the victim as they typed it, so listing them is recorded as a read.
 */
@Service
public class ReferrerHome {

	static final int SHOWN = 10;

	private final JdbcClient jdbc;

	private final Drafts drafts;

	private final Referrals referrals;

	private final AuditLog audit;

	ReferrerHome(JdbcClient jdbc, Drafts drafts, Referrals referrals, AuditLog audit) {
		this.jdbc = jdbc;
		this.drafts = drafts;
		this.referrals = referrals;
		this.audit = audit;
	}

	public record SentReferral(UUID referralId, UUID caseId, String caseReference, LocalDate referredOn,
			RiskLevel riskLevel, String route) {
	}

	public record DraftReferral(UUID id, String victimName, Instant updatedAt) {
	}

	public record Overview(List<SentReferral> sent, List<DraftReferral> drafts) {
	}

	@Transactional
	public Overview of(Actor actor) {
		if (actor.userId() == null) {
			return new Overview(List.of(), List.of());
		}
		List<DraftReferral> drafts = this.drafts.ofAuthor(actor.userId(), SHOWN).stream()
			.map(draft -> new DraftReferral(draft.id(), draft.victimName(), draft.updatedAt()))
			.toList();
		if (!drafts.isEmpty()) {
			this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW, "referral-draft-list", null)
				.withDetail(drafts.size() + " drafts listed"));
		}
		return new Overview(sentBy(actor.userId(), SHOWN, null), drafts);
	}

	/**
	 * What came of a referral, for the confirmation page of the person who sent it (nobody else: to them it does not
	 * exist). It says whether the victim was already known, so it is recorded as a read of the case.
	 */
	@Transactional
	Optional<ReferralOutcome> confirmation(Actor actor, UUID referralId) {
		if (actor.userId() == null || sentBy(actor.userId(), 1, referralId).isEmpty()) {
			return Optional.empty();
		}
		Optional<ReferralOutcome> outcome = this.referrals.outcome(referralId);
		outcome.ifPresent(sent -> this.audit.record(AuditEvent.success(actor.asAuditActor(), AuditAction.VIEW,
				"referral", referralId).inCase(sent.caseId())));
		return outcome;
	}

	private List<SentReferral> sentBy(UUID userId, int limit, @Nullable UUID onlyReferral) {
		return this.jdbc.sql("""
				select r.id, r.case_id, c.reference, r.referred_on, a.risk_level, r.route
				from referral r
				join case_file c on c.id = r.case_id
				join risk_assessment a on a.referral_id = r.id
				where r.referred_by_user_id = :user and (cast(:only as uuid) is null or r.id = :only)
				order by r.created_at desc, r.id
				limit :limit
				""")
			.param("user", userId).param("only", onlyReferral).param("limit", limit)
			.query((rs, row) -> new SentReferral(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
					rs.getString("reference"), rs.getObject("referred_on", LocalDate.class),
					RiskLevel.valueOf(rs.getString("risk_level")), Route.valueOf(rs.getString("route")).label()))
			.list();
	}

}
