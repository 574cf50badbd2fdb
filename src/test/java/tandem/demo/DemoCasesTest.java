package tandem.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import tandem.demo.DemoCase.Perpetrator;
import tandem.demo.DemoPerson.Contact;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCasesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private final List<DemoCase> cases = DemoCases.generate(TODAY);

	@Test
	void theSameSeedTellsTheSameStory() {
		assertThat(DemoCases.generate(TODAY)).isEqualTo(this.cases);
	}

	@Test
	void fortyCasesPerAreaOverTheLastTwoYearsOldestFirst() {
		assertThat(this.cases.stream().collect(Collectors.groupingBy(DemoCase::area, Collectors.counting())))
			.containsEntry(DemoArea.NORTH, 40L)
			.containsEntry(DemoArea.SOUTH, 40L);
		assertThat(this.cases).allSatisfy(demoCase -> {
			assertThat(demoCase.openedOn()).isBetween(TODAY.minusYears(2), TODAY);
			if (demoCase.closedOn() != null) {
				assertThat(demoCase.closedOn()).isAfter(demoCase.openedOn()).isBeforeOrEqualTo(TODAY);
			}
		});
		assertThat(this.cases).extracting(DemoCase::openedOn).isSorted();
	}

	@Test
	void everyCaseHasTwoToFiveAgenciesWithPoliceOrTheIdvaService() {
		assertThat(this.cases).allSatisfy(demoCase -> {
			assertThat(demoCase.agencies()).hasSizeBetween(2, 5).doesNotHaveDuplicates();
			assertThat(demoCase.agencies()).containsAnyOf(DemoAgency.POLICE, DemoAgency.IDVA);
		});
	}

	@Test
	void highRiskIsTheMostCommonLevel() {
		Map<String, Long> levels = this.cases.stream()
			.collect(Collectors.groupingBy(DemoCase::riskLevel, Collectors.counting()));
		assertThat(levels.keySet()).containsExactlyInAnyOrder("HIGH", "MEDIUM", "STANDARD");
		assertThat(levels.get("HIGH")).isGreaterThan(levels.get("MEDIUM") + levels.get("STANDARD"));
	}

	@Test
	void childrenLiveInAboutHalfTheHouseholds() {
		long withChildren = this.cases.stream().filter(demoCase -> !demoCase.children().isEmpty()).count();
		assertThat(withChildren).isBetween(24L, 56L);
	}

	@Test
	void perpetratorsArePartnersExPartnersAndFamilyMembers() {
		assertThat(this.cases.stream().flatMap(demoCase -> demoCase.perpetrators().stream())
			.map(Perpetrator::relationship)
			.distinct()).containsExactlyInAnyOrder("PARTNER", "EX_PARTNER", "FAMILY_MEMBER");
	}

	@Test
	void eachAreaHasARepeatWithTheSameVictimAndPerpetrator() {
		Map<List<Object>, List<DemoCase>> byPair = this.cases.stream()
			.collect(Collectors.groupingBy(demoCase -> List.of(demoCase.victim().id(),
					demoCase.perpetrators().get(0).person().id())));
		List<List<DemoCase>> repeats = byPair.values().stream().filter(pair -> pair.size() > 1).toList();
		assertThat(repeats).hasSize(2).allSatisfy(pair -> {
			assertThat(pair).hasSize(2);
			assertThat(pair.get(0).area()).isEqualTo(pair.get(1).area());
			assertThat(pair.get(1).openedOn()).isAfter(pair.get(0).openedOn())
				.isBefore(pair.get(0).openedOn().plusMonths(12));
		});
	}

	@Test
	void restrictedCasesNameTheirUsersAndInvolveTheirAgency() {
		List<DemoCase> restricted = this.cases.stream().filter(DemoCase::restricted).toList();
		assertThat(restricted).hasSize(4).allSatisfy(demoCase -> {
			assertThat(demoCase.namedUsers()).isEqualTo(DemoCases.namedUsers(demoCase.area()));
			assertThat(demoCase.agencies()).contains(DemoAgency.IDVA);
		});
		assertThat(restricted).filteredOn(demoCase -> demoCase.area() == DemoArea.SOUTH)
			.allSatisfy(demoCase -> assertThat(demoCase.namedUsers()).containsExactly(DemoSignIns.SOUTH_NAMED_USER));
	}

	@Test
	void victimsInRefugeHaveAnAreaNoteAndNoAddress() {
		List<DemoPerson> inRefuge = victims().stream().filter(victim -> victim.locationNote() != null).toList();
		assertThat(inRefuge).hasSize(4).allSatisfy(victim -> {
			assertThat(victim.locationNote()).matches("In refuge, (north|south) area");
			assertThat(victim.contacts()).extracting(Contact::kind).doesNotContain("ADDRESS");
		});
	}

	@Test
	void someNamesAreInTheirOwnScriptWithALatinAlias() {
		List<DemoPerson> ownScript = victims().stream()
			.filter(victim -> victim.givenName().codePoints().anyMatch(c -> c > 0x2FF))
			.toList();
		assertThat(ownScript).hasSizeGreaterThanOrEqualTo(4).allSatisfy(victim -> assertThat(victim.aliases())
			.singleElement()
			.satisfies(alias -> assertThat(alias.givenName()).matches("[A-Za-z ]+")));
		assertThat(victims()).extracting(DemoPerson::givenName).anyMatch(name -> name.matches(".*[À-ž].*"));
	}

	@Test
	void someVictimsMustNotBeCalledOnTheirPhoneExceptAtSafeTimes() {
		List<Contact> unsafePhones = victims().stream().flatMap(victim -> victim.contacts().stream())
			.filter(contact -> contact.kind().equals("PHONE") && !contact.safeToUse())
			.toList();
		assertThat(unsafePhones).isNotEmpty().allSatisfy(phone -> assertThat(phone.safeTimes()).isNotBlank());
		assertThat(victims()).flatExtracting(DemoPerson::contacts).extracting(Contact::value)
			.filteredOn(value -> value.startsWith("07"))
			.allMatch(number -> number.startsWith("07700 900"));
	}

	@Test
	void equalityDataIsSpread() {
		assertThat(victims().stream().map(victim -> victim.equality().ethnicity()).distinct()).hasSizeGreaterThan(5);
		assertThat(victims()).extracting(DemoPerson::gender).contains("FEMALE", "MALE");
		assertThat(victims()).extracting(victim -> victim.equality().disability()).contains("Yes", "No");
		assertThat(victims()).extracting(victim -> victim.equality().interpreterNeeded()).contains(true, false);
	}

	private List<DemoPerson> victims() {
		return this.cases.stream().map(DemoCase::victim).collect(Collectors.toMap(DemoPerson::id,
				Function.identity(), (first, again) -> first)).values().stream().toList();
	}

}
