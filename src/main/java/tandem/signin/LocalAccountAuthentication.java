package tandem.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import tandem.agency.UserAccount;
import tandem.agency.UserAccounts;

/**
 * Signs in local accounts (the zero-setup mode) by username and Argon2id password. Unknown user, wrong password,
 * disabled and locked accounts all fail the same way, so an attacker learns nothing about which accounts exist.
 * Someone who must also give a security code gets only a {@link PendingSignIn} here.
 */
@Component
class LocalAccountAuthentication implements AuthenticationProvider {

	/** Consecutive failures after which an account is locked. */
	static final int FAILURES_BEFORE_LOCK = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	private final UserAccounts accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	/** Checked for unknown usernames so that they take as long as known ones. */
	private final String decoyHash;

	LocalAccountAuthentication(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.decoyHash = passwords.encode("decoy password that no account has");
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		Optional<UserAccount> found = this.accounts.findByUsername(username);
		if (found.isEmpty() || found.get().passwordHash() == null) {
			this.passwords.matches(password, this.decoyHash);
			throw failure();
		}
		UserAccount account = found.get();
		Instant now = Instant.now(this.clock);
		boolean passwordMatches = this.passwords.matches(password, account.passwordHash());
		if (!account.enabled() || account.lockedAt(now)) {
			throw failure();
		}
		if (!passwordMatches) {
			boolean lockNow = account.failedSignIns() + 1 >= FAILURES_BEFORE_LOCK;
			this.accounts.recordFailedSignIn(account.id(), lockNow ? now.plus(LOCK_DURATION) : null);
			throw failure();
		}
		if (account.needsSecondFactor()) {
			// Failures are not reset until the code is right too, so wrong codes keep counting towards the lock.
			return new PendingSignIn(account.id(), account.username(), account.totpSecret() != null).asAuthentication();
		}
		this.accounts.recordSuccessfulSignIn(account.id(), now);
		return SignedIn.fully(account.asActor());
	}

	private static BadCredentialsException failure() {
		return new BadCredentialsException("Sign-in failed");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
