package tandem.agency;

import org.jspecify.annotations.Nullable;

/** Setting a new password for a user. */
record PasswordForm(String password) {

	PasswordForm(@Nullable String password) {
		this.password = password == null ? "" : password;
	}

	FormErrors validate() {
		FormErrors errors = new FormErrors();
		UserRules.password(errors, this.password);
		return errors;
	}

	@Override
	public String toString() {
		return "PasswordForm[(hidden)]";
	}

}
