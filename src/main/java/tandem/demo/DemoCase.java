package tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fictional case: one victim, the perpetrators and children, the agencies involved.
 *
 * @param namedUsers usernames of the only people who may see the case when it is restricted
 */
record DemoCase(UUID id, DemoArea area, LocalDate openedOn, @Nullable LocalDate closedOn, String riskLevel,
		DemoPerson victim, List<Perpetrator> perpetrators, List<DemoPerson> children, List<DemoAgency> agencies,
		List<String> namedUsers) {

	DemoCase {
		perpetrators = List.copyOf(perpetrators);
		children = List.copyOf(children);
		agencies = List.copyOf(agencies);
		namedUsers = List.copyOf(namedUsers);
	}

	boolean restricted() {
		return !this.namedUsers.isEmpty();
	}

	/** @param relationship to the victim: {@code PARTNER}, {@code EX_PARTNER} or {@code FAMILY_MEMBER} */
	record Perpetrator(DemoPerson person, String relationship) {
	}

}
