package tandem.agency;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Adding a user. The password is the initial one the administrator gives them; it is never shown back, not even when
 * the form has errors.
 */
record UserForm(String username, String displayName, String email, String agency, List<String> roles, String password) {

	UserForm(@Nullable String username, @Nullable String displayName, @Nullable String email, @Nullable String agency,
			@Nullable List<String> roles, @Nullable String password) {
		this.username = Input.text(username);
		this.displayName = Input.text(displayName);
		this.email = Input.text(email);
		this.agency = Input.text(agency);
		this.roles = Input.list(roles);
		// Not stripped: spaces may be part of a passphrase.
		this.password = password == null ? "" : password;
	}

	static UserForm empty() {
		return new UserForm("", "", "", "", List.of(), "");
	}

	FormErrors validate() {
		FormErrors errors = new FormErrors();
		UserRules.username(errors, this.username);
		UserRules.details(errors, this.displayName, this.email, this.agency, this.roles);
		UserRules.password(errors, this.password);
		return errors;
	}

	Set<Role> chosenRoles() {
		return UserRules.roles(this.roles);
	}

	@Override
	public String toString() {
		return "UserForm[username=" + this.username + ", password=(hidden)]";
	}

}
