package tandem.agency;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A local or single-sign-on account as sign-in needs it. The password hash never leaves the sign-in module. */
public record UserAccount(UUID id, String username, String displayName, @Nullable String passwordHash,
		@Nullable String totpSecret, boolean enabled, int failedSignIns, @Nullable Instant lockedUntil, AgencyRef agency,
		Set<Role> roles, boolean totpRequiredByArea) {

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public boolean needsSecondFactor() {
		return this.totpSecret != null || this.totpRequiredByArea;
	}

	public Actor asActor() {
		return Actor.user(this.id, this.displayName, this.agency, this.roles);
	}

}
