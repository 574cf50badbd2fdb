package tandem.agency;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeDetailTest {

	@Test
	void namesPersonalFieldsThatChangedWithoutTheirValues() {
		String detail = new ChangeDetail().changed("display name", "Jo Smith", "Joanne Smith")
			.changed("e-mail", "jo@example.org", "jo@example.org")
			.toString();
		assertThat(detail).isEqualTo("display name changed");
	}

	@Test
	void givesBeforeAndAfterOfConfigurationValues() {
		assertThat(new ChangeDetail().value("sector", "police", "probation").value("active", true, true).toString())
			.isEqualTo("sector: police -> probation");
	}

	@Test
	void listsRolesAddedThenRemoved() {
		Set<Role> before = EnumSet.of(Role.REFERRER, Role.CHAIR);
		Set<Role> after = EnumSet.of(Role.CHAIR, Role.COORDINATOR, Role.ANALYST);
		assertThat(new ChangeDetail().roles(before, after).toString()).isEqualTo("roles: +COORDINATOR +ANALYST -REFERRER");
	}

	@Test
	void saysSoWhenNothingChanged() {
		assertThat(new ChangeDetail().roles(Set.of(Role.CHAIR), Set.of(Role.CHAIR)).toString()).isEqualTo("no change");
	}

}
