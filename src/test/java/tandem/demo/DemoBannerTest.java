package tandem.demo;

import org.junit.jupiter.api.Test;

import tandem.agency.Role;

import static org.assertj.core.api.Assertions.assertThat;

class DemoBannerTest {

	private final String banner = DemoBanner.text("54321", "tandem-data/postgres");

	@Test
	void saysWhereTandemIsAndTheSharedPassword() {
		assertThat(this.banner).contains("http://localhost:54321")
			.contains("password: " + DemoSignIns.PASSWORD);
	}

	@Test
	void namesTheSignInsForEveryRole() {
		for (Role role : Role.values()) {
			assertThat(this.banner).containsPattern("(?m)^  " + role.label() + ": +\\S");
		}
		assertThat(this.banner).contains("north.coordinator", "south.idva.named", "admin", "north-police / demo-north-police");
	}

	@Test
	void remindsThatTheDataIsFictionalAndWhereItIsKept() {
		assertThat(this.banner).contains("fictional").contains("./tandem-data/postgres");
	}

	@Test
	void fitsAnEightyColumnTerminal() {
		assertThat(this.banner.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(78));
	}

}
