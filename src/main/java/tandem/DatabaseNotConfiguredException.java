package tandem;

/** Thrown at start-up when Tandem has neither a configured database nor permission to run an embedded one. */
class DatabaseNotConfiguredException extends IllegalStateException {

	DatabaseNotConfiguredException() {
		super("No database is configured and the demo profile is not active");
	}

}
