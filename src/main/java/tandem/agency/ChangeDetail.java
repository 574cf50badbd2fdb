package tandem.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Describes a change for the audit trail without personal data: which fields changed, and the before and after of
 * configuration values (codes, flags, roles) that identify nobody.
 */
final class ChangeDetail {

	private final List<String> parts = new ArrayList<>();

	/** Records only that a field changed, e.g. "display name changed", for values that may identify someone. */
	ChangeDetail changed(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(field + " changed");
		}
		return this;
	}

	/** Records a non-personal value's before and after, e.g. "sector: police -> probation". */
	ChangeDetail value(String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			this.parts.add(field + ": " + before + " -> " + after);
		}
		return this;
	}

	/** Records roles added and removed, additions first, e.g. "roles: +COORDINATOR -REFERRER". */
	ChangeDetail roles(Set<Role> before, Set<Role> after) {
		List<String> changes = new ArrayList<>();
		Arrays.stream(Role.values()).filter(role -> after.contains(role) && !before.contains(role))
			.forEach(role -> changes.add("+" + role.name()));
		Arrays.stream(Role.values()).filter(role -> before.contains(role) && !after.contains(role))
			.forEach(role -> changes.add("-" + role.name()));
		if (!changes.isEmpty()) {
			this.parts.add("roles: " + String.join(" ", changes));
		}
		return this;
	}

	@Override
	public String toString() {
		return this.parts.isEmpty() ? "no change" : String.join("; ", this.parts);
	}

}
