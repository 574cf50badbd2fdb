package tandem.access;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.access.CaseAccessDecision.Basis;
import tandem.access.CaseAccessDecision.Granted;
import tandem.access.CaseAccessDecision.Refusal;
import tandem.access.CaseAccessDecision.Refused;
import tandem.agency.Actor;
import tandem.agency.AgencyRef;
import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

/** Every need-to-know rule, one row each, with the outcome it must give. */
class CaseAccessPolicyTests {

	static final UUID NORTH = UUID.randomUUID();

	static final UUID SOUTH = UUID.randomUUID();

	static final AgencyRef NORTH_POLICE = agency("police", NORTH);

	static final AgencyRef NORTH_HOUSING = agency("housing", NORTH);

	static final AgencyRef SOUTH_MARAC = agency("marac", SOUTH);

	static final UUID NAMED_USER = UUID.randomUUID();

	static final CaseAccessFacts OPEN_CASE = new CaseAccessFacts(UUID.randomUUID(), NORTH, false,
			Set.of(NORTH_POLICE.id()), Set.of());

	static final CaseAccessFacts OPEN_CASE_WITH_NAMED_USER = new CaseAccessFacts(UUID.randomUUID(), NORTH, false,
			Set.of(NORTH_POLICE.id()), Set.of(NAMED_USER));

	static final CaseAccessFacts RESTRICTED_CASE = new CaseAccessFacts(UUID.randomUUID(), NORTH, true,
			Set.of(NORTH_POLICE.id()), Set.of(NAMED_USER));

	static Stream<Arguments> rules() {
		return Stream.of(
				argumentSet("administrator only: hidden, even when agency involved",
						user(NORTH_POLICE, Role.ADMINISTRATOR), OPEN_CASE, false, hidden()),
				argumentSet("analyst only: hidden", user(NORTH_POLICE, Role.ANALYST), OPEN_CASE, false, hidden()),
				argumentSet("administrator and analyst: hidden even with break glass",
						user(NORTH_HOUSING, Role.ADMINISTRATOR, Role.ANALYST), OPEN_CASE, true, hidden()),
				argumentSet("administrator named on a restricted case: hidden",
						named(NORTH_POLICE, Role.ADMINISTRATOR), RESTRICTED_CASE, false, hidden()),
				argumentSet("restricted, involved agency, not named: hidden",
						user(NORTH_POLICE, Role.CASEWORKER), RESTRICTED_CASE, false, hidden()),
				argumentSet("restricted, area coordinator, not named: hidden",
						user(NORTH_HOUSING, Role.COORDINATOR), RESTRICTED_CASE, false, hidden()),
				argumentSet("restricted, uninvolved user: hidden, break glass not offered",
						user(NORTH_HOUSING, Role.REFERRER), RESTRICTED_CASE, false, hidden()),
				argumentSet("restricted, active break glass: still hidden",
						user(NORTH_HOUSING, Role.REFERRER), RESTRICTED_CASE, true, hidden()),
				argumentSet("restricted, involved agency's system: hidden",
						Actor.apiClient("north-police", NORTH_POLICE), RESTRICTED_CASE, false, hidden()),
				argumentSet("restricted, named user: granted as named",
						named(NORTH_HOUSING, Role.CASEWORKER), RESTRICTED_CASE, false, granted(Basis.NAMED_USER)),
				argumentSet("involved agency: granted", user(NORTH_POLICE, Role.REFERRER), OPEN_CASE, false,
						granted(Basis.INVOLVED_AGENCY)),
				argumentSet("involved agency with administrator too: granted",
						user(NORTH_POLICE, Role.REFERRER, Role.ADMINISTRATOR), OPEN_CASE, false,
						granted(Basis.INVOLVED_AGENCY)),
				argumentSet("involved agency's system: granted", Actor.apiClient("north-police", NORTH_POLICE),
						OPEN_CASE, false, granted(Basis.INVOLVED_AGENCY)),
				argumentSet("area coordinator: granted", user(NORTH_HOUSING, Role.COORDINATOR), OPEN_CASE, false,
						granted(Basis.AREA_ROLE)),
				argumentSet("area chair: granted", user(NORTH_HOUSING, Role.CHAIR), OPEN_CASE, false,
						granted(Basis.AREA_ROLE)),
				argumentSet("named user on an open case: granted", named(NORTH_HOUSING, Role.REFERRER),
						OPEN_CASE_WITH_NAMED_USER, false, granted(Basis.NAMED_USER)),
				argumentSet("active break glass: granted", user(NORTH_HOUSING, Role.REFERRER), OPEN_CASE, true,
						granted(Basis.BREAK_GLASS)),
				argumentSet("uninvolved agency's system: hidden", Actor.apiClient("north-housing", NORTH_HOUSING),
						OPEN_CASE, false, hidden()),
				argumentSet("uninvolved agency's system, break glass claimed: hidden",
						Actor.apiClient("north-housing", NORTH_HOUSING), OPEN_CASE, true, hidden()),
				argumentSet("coordinator of another area: break glass offered", user(SOUTH_MARAC, Role.COORDINATOR),
						OPEN_CASE, false, breakGlassOffered()),
				argumentSet("uninvolved practitioner: break glass offered", user(NORTH_HOUSING, Role.CASEWORKER),
						OPEN_CASE, false, breakGlassOffered()));
	}

	@ParameterizedTest
	@MethodSource("rules")
	void decides(Actor actor, CaseAccessFacts facts, boolean activeBreakGlass, Expected expected) {
		CaseAccessDecision decision = CaseAccessPolicy.decide(actor, facts, activeBreakGlass);

		switch (expected) {
			case Expected.Grant grant -> assertThat(decision).isEqualTo(new Granted(grant.basis()));
			case Expected.Refuse refuse -> assertThat(decision).isInstanceOfSatisfying(Refused.class,
					refused -> assertThat(refused.how()).isEqualTo(refuse.how()));
		}
		assertThat(decision.isGranted()).isEqualTo(expected instanceof Expected.Grant);
		assertThat(decision.offersBreakGlass())
			.isEqualTo(expected instanceof Expected.Refuse refuse && refuse.how() == Refusal.BREAK_GLASS_OFFERED);
	}

	sealed interface Expected {

		record Grant(Basis basis) implements Expected {
		}

		record Refuse(Refusal how) implements Expected {
		}

	}

	private static Expected granted(Basis basis) {
		return new Expected.Grant(basis);
	}

	private static Expected hidden() {
		return new Expected.Refuse(Refusal.HIDDEN);
	}

	private static Expected breakGlassOffered() {
		return new Expected.Refuse(Refusal.BREAK_GLASS_OFFERED);
	}

	private static Actor user(AgencyRef agency, Role... roles) {
		return Actor.user(UUID.randomUUID(), "someone", agency, Set.of(roles));
	}

	private static Actor named(AgencyRef agency, Role... roles) {
		return Actor.user(NAMED_USER, "named someone", agency, Set.of(roles));
	}

	private static AgencyRef agency(String code, UUID area) {
		return new AgencyRef(UUID.randomUUID(), code, code, area, area.equals(NORTH) ? "north" : "south");
	}

}
