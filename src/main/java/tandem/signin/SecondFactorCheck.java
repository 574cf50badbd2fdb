package tandem.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.agency.UserAccount;
import tandem.agency.UserAccounts;

/**
 * Checks the security code of someone whose password was right. Wrong codes count towards the same lock as wrong
 * passwords, and a code is accepted at most once.
 */
@Component
class SecondFactorCheck {

	enum Outcome {
		ACCEPTED, WRONG_CODE, REFUSED
	}

	/** @param actor who signed in, when accepted */
	record Result(Outcome outcome, @Nullable Actor actor) {
	}

	private final UserAccounts accounts;

	private final TotpSecrets secrets;

	private final SignInAudit audit;

	private final Clock clock;

	SecondFactorCheck(UserAccounts accounts, TotpSecrets secrets, SignInAudit audit, Clock clock) {
		this.accounts = accounts;
		this.secrets = secrets;
		this.audit = audit;
		this.clock = clock;
	}

	Result check(PendingSignIn pending, String typed) {
		Instant now = Instant.now(this.clock);
		Optional<UserAccount> found = this.accounts.findByUsername(pending.username())
			.filter(account -> account.id().equals(pending.userId()));
		if (found.isEmpty() || found.get().totpSecret() == null) {
			this.audit.refused(pending.getName(), "security code");
			return new Result(Outcome.REFUSED, null);
		}
		UserAccount account = found.get();
		if (!account.enabled() || account.lockedAt(now)) {
			this.audit.wrongCode(account.asActor());
			return new Result(Outcome.REFUSED, null);
		}
		OptionalLong step = Totp.matchingStep(Base32.decode(account.totpSecret()), Totp.normalise(typed), now);
		if (step.isPresent() && this.secrets.accept(account.id(), step.getAsLong())) {
			this.accounts.recordSuccessfulSignIn(account.id(), now);
			return new Result(Outcome.ACCEPTED, account.asActor());
		}
		boolean lockNow = account.failedSignIns() + 1 >= LocalAccountAuthentication.FAILURES_BEFORE_LOCK;
		this.accounts.recordFailedSignIn(account.id(),
				lockNow ? now.plus(LocalAccountAuthentication.LOCK_DURATION) : null);
		this.audit.wrongCode(account.asActor());
		return new Result(lockNow ? Outcome.REFUSED : Outcome.WRONG_CODE, null);
	}

}
