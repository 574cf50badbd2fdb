package tandem.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTest {

	private static final UUID NORTH = UUID.randomUUID();

	private static final UUID SOUTH = UUID.randomUUID();

	private final List<CaseLink> links = new ArrayList<>();

	@Test
	void aPerpetratorWithOneVictimInOneAreaIsNoFindingHoweverManyCases() {
		UUID victim = UUID.randomUUID();
		perpetrator(NORTH, victim);
		perpetrator(NORTH, victim);

		assertThat(Finding.in(this.links)).isEmpty();
	}

	@Test
	void aPerpetratorWithTwoVictimsInOneAreaConcernsThatArea() {
		perpetrator(NORTH, UUID.randomUUID());
		perpetrator(NORTH, UUID.randomUUID());

		assertThat(Finding.in(this.links)).singleElement().satisfies(finding -> {
			assertThat(finding.kind()).isEqualTo(AlertKind.SERIAL_PERPETRATOR);
			assertThat(finding.areas()).containsExactly(NORTH);
			assertThat(finding.caseIds()).hasSize(2);
		});
	}

	@Test
	void aPerpetratorOfOneVictimInTwoAreasConcernsBoth() {
		UUID victim = UUID.randomUUID();
		perpetrator(NORTH, victim);
		perpetrator(SOUTH, victim);

		assertThat(Finding.in(this.links)).singleElement()
			.satisfies(finding -> assertThat(finding.areas()).containsExactlyInAnyOrder(NORTH, SOUTH));
	}

	@Test
	void aVictimIsAFindingOnlyInTwoAreas() {
		victim(NORTH);
		victim(NORTH);
		assertThat(Finding.in(this.links)).isEmpty();

		victim(SOUTH);
		assertThat(Finding.in(this.links, AlertKind.REPEAT_VICTIM, SOUTH)).isPresent();
		assertThat(Finding.in(this.links, AlertKind.SERIAL_PERPETRATOR, SOUTH)).isEmpty();
	}

	@Test
	void victimAndPerpetratorRolesAreNotMixed() {
		victim(NORTH);
		perpetrator(SOUTH, UUID.randomUUID());

		assertThat(Finding.in(this.links)).isEmpty();
	}

	private void perpetrator(UUID area, UUID victim) {
		this.links.add(new CaseLink(UUID.randomUUID(), area, "REF", false, AlertKind.SERIAL_PERPETRATOR,
				UUID.randomUUID(), victim));
	}

	private void victim(UUID area) {
		UUID person = UUID.randomUUID();
		this.links.add(new CaseLink(UUID.randomUUID(), area, "REF", false, AlertKind.REPEAT_VICTIM, person, person));
	}

}
