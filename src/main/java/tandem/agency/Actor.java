package tandem.agency;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.AuthenticatedPrincipal;

import tandem.audit.AuditActor;

/**
 * Whoever is acting: a signed-in person or an agency's system calling the API. Every access decision and every audit
 * event starts from one of these.
 *
 * @param userId the user's id; null for an API client, which acts for its agency as a whole
 */
public record Actor(String id, String name, AgencyRef agency, Set<Role> roles, Kind kind, @Nullable UUID userId)
		implements AuthenticatedPrincipal, Serializable {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public enum Kind {
		USER, API_CLIENT
	}

	public static Actor user(UUID userId, String name, AgencyRef agency, Set<Role> roles) {
		return new Actor("user:" + userId, name, agency, roles, Kind.USER, userId);
	}

	public static Actor apiClient(String clientId, AgencyRef agency) {
		return new Actor("client:" + clientId, clientId, agency, Set.of(Role.REFERRER), Kind.API_CLIENT, null);
	}

	/**
	 * The principal name that sessions and frameworks record: the opaque id, never the person's name, so that no
	 * personal data reaches the session table or logs. (Spring Security's {@code AuthenticatedPrincipal}, not
	 * {@code java.security.Principal}, which Spring MVC would resolve as the whole authentication token.)
	 */
	@Override
	public String getName() {
		return this.id;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** True when one of the actor's roles serves every case in the given area (coordinator, chair). */
	public boolean servesArea(UUID areaId) {
		return this.agency.areaId().equals(areaId) && this.roles.stream().anyMatch(Role::servesArea);
	}

	public boolean assessesRisk() {
		return this.roles.stream().anyMatch(Role::assessesRisk);
	}

	public boolean worksWithCases() {
		return this.roles.stream().anyMatch(Role::worksWithCases);
	}

	public AuditActor asAuditActor() {
		return new AuditActor(this.id, this.name, this.agency.qualifiedCode());
	}

}
