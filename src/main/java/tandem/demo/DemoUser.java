package tandem.demo;

import java.util.Set;

import tandem.agency.Role;

/** A demo sign-in: who they are, where they work and what they do. All share {@link DemoSignIns#PASSWORD}. */
record DemoUser(String username, String displayName, DemoArea area, DemoAgency agency, Set<Role> roles) {

	DemoUser {
		roles = Set.copyOf(roles);
	}

}
