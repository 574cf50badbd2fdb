package tandem.agency;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Changing a user's name, e-mail, agency and roles; {@code version} is that of the user the form was filled in from.
 */
record UserChangeForm(String displayName, String email, String agency, List<String> roles, int version) {

	UserChangeForm(@Nullable String displayName, @Nullable String email, @Nullable String agency,
			@Nullable List<String> roles, int version) {
		this.displayName = Input.text(displayName);
		this.email = Input.text(email);
		this.agency = Input.text(agency);
		this.roles = Input.list(roles);
		this.version = version;
	}

	static UserChangeForm of(UserSummary user) {
		return new UserChangeForm(user.displayName(), user.email(), user.agencyId().toString(),
				user.roles().stream().map(Role::name).toList(), user.version());
	}

	UserChangeForm withVersion(int newVersion) {
		return new UserChangeForm(this.displayName, this.email, this.agency, this.roles, newVersion);
	}

	FormErrors validate() {
		FormErrors errors = new FormErrors();
		UserRules.details(errors, this.displayName, this.email, this.agency, this.roles);
		return errors;
	}

	Set<Role> chosenRoles() {
		return UserRules.roles(this.roles);
	}

}
