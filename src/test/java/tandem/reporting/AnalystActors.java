package tandem.reporting;

import java.util.Set;
import java.util.UUID;

import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

/** An actor for calling use cases directly in tests, where who acts matters only to the audit trail. */
final class AnalystActors {

	private AnalystActors() {
	}

	static Actor analyst() {
		return Actor.user(UUID.randomUUID(), "Test analyst",
				new AgencyRef(UUID.randomUUID(), "analysts", "Analysts", UUID.randomUUID(), "test"), Set.of(Role.ANALYST));
	}

}
