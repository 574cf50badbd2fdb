package tandem.agency;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A user as the administration pages show them. Deliberately holds no password hash and no TOTP secret, only whether
 * a second factor has been set up.
 */
record UserSummary(UUID id, String username, String displayName, @Nullable String email, UUID agencyId,
		String agencyName, String agencyCode, Set<Role> roles, boolean enabled, int failedSignIns,
		@Nullable Instant lockedUntil, boolean totpEnrolled, int version) {

	public UserStatus statusAt(Instant now) {
		if (!this.enabled) {
			return UserStatus.DISABLED;
		}
		return this.lockedUntil != null && this.lockedUntil.isAfter(now) ? UserStatus.LOCKED : UserStatus.ACTIVE;
	}

	/** The roles' labels in the order of {@link Role}, e.g. "Referrer, MARAC coordinator". */
	public String roleLabels() {
		return Arrays.stream(Role.values()).filter(this.roles::contains).map(Role::label).collect(Collectors.joining(", "));
	}

}
