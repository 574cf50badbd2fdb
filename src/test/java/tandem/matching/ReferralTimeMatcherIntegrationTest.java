package tandem.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.TandemIntegrationTest;
import tandem.person.NewPerson;
import tandem.person.PersonMatcher;
import tandem.person.PersonRegister;

/** "Already known?" against the real person table: variants attach, twins and ambiguity do not. */
@TandemIntegrationTest
class ReferralTimeMatcherIntegrationTest {

	@Autowired
	PersonRegister register;

	@Autowired
	PersonMatcher matcher;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MatchKeyIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HeldPeople held;

	private final String family = "Quennell" + letters();

	@Test
	void aNicknameWithATransposedBirthDateAttachesToThePersonHeld() {
		UUID held = registered("William", this.family, LocalDate.of(1979, 3, 12));

		assertThat(certain(person("Bill", this.family, LocalDate.of(1979, 12, 3)))).contains(held);
		PersonRegister.Registered again = this.transaction
			.execute(t -> registerOne(person("Bill", this.family, LocalDate.of(1979, 3, 12))));
		assertThat(again.personId()).isEqualTo(held);
		assertThat(again.alreadyKnown()).isTrue();
	}

	@Test
	void aPersonHeldUnderAnotherNameIsFoundByThatNameWithTheirAliasesRead() {
		String married = "Ashdown" + letters();
		LocalDate born = LocalDate.of(1983, 9, 14);
		UUID held = this.transaction.execute(t -> registerOne(new NewPerson("Joanne", married,
				List.of(new NewPerson.Name("Jo", this.family), new NewPerson.Name("Joanne", this.family)), born, "FEMALE",
				List.of(), NewPerson.Profile.NOT_GIVEN))).personId();

		assertThat(certain(person("Joanne", this.family, born))).contains(held);
		assertThat(this.held.sharingKeys(List.of(MatchKeyIndex.sought(new Prepared(HeldPeople.record("q",
				new PersonRecord.Name("Joanne", this.family), List.of(), born, "FEMALE")))), 200).getFirst())
			.filteredOn(h -> h.id().equals(held))
			.singleElement()
			.satisfies(h -> assertThat(h.record().names()).containsExactly(new PersonRecord.Name("Joanne", married),
					new PersonRecord.Name("Jo", this.family), new PersonRecord.Name("Joanne", this.family)));
	}

	@Test
	void aTwinIsNeverAttachedToTheOther() {
		registered("Mary", this.family, LocalDate.of(1990, 5, 6));

		assertThat(certain(person("Grace", this.family, LocalDate.of(1990, 5, 6)))).isEmpty();
	}

	@Test
	void whenNoOneIsCertainNobodyIsAttached() {
		UUID first = registered("Dana", this.family, LocalDate.of(1985, 1, 20));
		// Plausibly the same but not certainly, so the register keeps them apart.
		UUID second = registered("Dana", this.family, LocalDate.of(1958, 1, 20));

		assertThat(second).isNotEqualTo(first);
		assertThat(certain(person("Dana", this.family, LocalDate.of(1971, 1, 20)))).isEmpty();
		assertThat(certain(person("Dana", this.family, LocalDate.of(1985, 1, 20)))).contains(first);
	}

	@Test
	void withoutADateOfBirthNothingIsCertain() {
		registered("Alys", this.family, LocalDate.of(1970, 2, 2));

		assertThat(certain(person("Alys", this.family, null))).isEmpty();
	}

	@Test
	void aReferralWithoutAFamilyNameIsNotTakenForSomeoneHeldWithoutOne() {
		LocalDate born = LocalDate.of(1966, 7, 30);
		UUID held = this.transaction.execute(t -> registerOne(new NewPerson("Ione" + letters(), null,
				List.of(), born, "FEMALE", List.of(), NewPerson.Profile.NOT_GIVEN))).personId();

		assertThat(certain(new NewPerson("Sorcha", null, List.of(), born, "FEMALE", List.of(),
				NewPerson.Profile.NOT_GIVEN))).isNotEqualTo(java.util.Optional.of(held));
	}

	@Test
	void twoRecordsCombinedIntoOnePersonAttachAsThatPerson() {
		UUID kept = registered("Carys", this.family, LocalDate.of(1982, 9, 14));
		// A second agency's record of her, loaded in bulk: the register would have attached it to the first.
		UUID combined = loaded("Carys", LocalDate.of(1982, 9, 14));
		catchUp();
		assertThat(certain(person("Carys", this.family, LocalDate.of(1982, 9, 14)))).isEmpty();

		this.jdbc.sql("update person set merged_into = :kept where id = :combined")
			.param("kept", kept)
			.param("combined", combined)
			.update();

		assertThat(certain(person("Carys", this.family, LocalDate.of(1982, 9, 14)))).contains(kept);
	}

	@Test
	void peopleLoadedPastTheRegisterAreFoundOnceCaughtUp() {
		UUID loaded = loaded("Wren", LocalDate.of(1975, 6, 1));
		assertThat(certain(person("Wren", this.family, LocalDate.of(1975, 6, 1)))).isEmpty();

		catchUp();

		assertThat(certain(person("Wren", this.family, LocalDate.of(1975, 6, 1)))).contains(loaded);
	}

	@Test
	void aChangedKeySchemeRebuildsTheIndexRatherThanMixingKeys() {
		UUID held = registered("Orla", this.family, LocalDate.of(1993, 11, 8));
		this.jdbc.sql("update person_match_key_scheme set version = version + 100").update();
		this.jdbc.sql("update person_match_key set key = key + 16 where person_id = :id").param("id", held).update();

		catchUp();

		assertThat(this.jdbc.sql("select version from person_match_key_scheme").query(Integer.class).single())
			.isEqualTo(MatchKeyIndex.SCHEME);
		assertThat(certain(person("Orla", this.family, LocalDate.of(1993, 11, 8)))).contains(held);
	}

	@Test
	void everyoneAReferralNamesIsLookedUpAtOnceEachAgainstTheirOwnCandidates() {
		UUID victim = registered("Niamh", this.family, LocalDate.of(1987, 2, 14));
		String perpetratorsFamily = "Ashdown" + letters();

		List<PersonRegister.Registered> named = this.transaction.execute(t -> this.register.register(List.of(
				person("Niamh", this.family, LocalDate.of(1987, 2, 14)),
				person("Declan", perpetratorsFamily, LocalDate.of(1984, 7, 2)),
				person("Niamh", this.family, LocalDate.of(2015, 2, 14)))));

		assertThat(named).extracting(PersonRegister.Registered::alreadyKnown).containsExactly(true, false, false);
		assertThat(named.getFirst().personId()).isEqualTo(victim);
		// Each one added is kept in the index in the same transaction, so the next referral finds them.
		assertThat(certain(person("Declan", perpetratorsFamily, LocalDate.of(1984, 7, 2))))
			.contains(named.get(1).personId());
		assertThat(certain(person("Niamh", this.family, LocalDate.of(2015, 2, 14)))).contains(named.get(2).personId());
	}

	@Test
	void referralsTakenInWhileTheIndexIsRebuiltNeitherDeadlockNorGoUnkeyed() throws Exception {
		this.jdbc.sql("update person_match_key_scheme set version = version + 100").update();
		List<NewPerson> described = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			described.add(person(letters(), this.family, LocalDate.of(1960 + i, 1 + i % 12, 1 + i % 28)));
		}
		List<UUID> added = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		try (var referrals = java.util.concurrent.Executors.newFixedThreadPool(4)) {
			List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
			for (int t = 0; t < 4; t++) {
				List<NewPerson> share = described.subList(t * 10, t * 10 + 10);
				running.add(referrals.submit(() -> share.forEach(someone -> added
					.addAll(this.transaction.execute(tx -> this.register.register(List.of(someone, person(letters(),
							"Ashdown" + letters(), someone.dateOfBirth())))).stream()
						.map(PersonRegister.Registered::personId)
						.toList()))));
			}
			catchUp();
			for (var referral : running) {
				// A deadlock would have rolled one side back and surfaced here.
				referral.get(2, java.util.concurrent.TimeUnit.MINUTES);
			}
		}

		assertThat(this.jdbc.sql("select version from person_match_key_scheme").query(Integer.class).single())
			.isEqualTo(MatchKeyIndex.SCHEME);
		assertThat(added).hasSize(80);
		assertThat(this.jdbc.sql("select count(distinct person_id) from person_match_key where person_id in (:ids)")
			.param("ids", added)
			.query(Integer.class)
			.single()).isEqualTo(80);
	}

	@Test
	void peopleAsLikelyAsACertainMatchButNotAttachedGoToTheReviewQueueAgainstTheNewPerson() {
		// Two agencies' records of one woman, loaded in bulk: a referral naming her cannot choose between them.
		UUID first = loaded("Isla", LocalDate.of(1988, 4, 23));
		UUID second = loaded("Isla", LocalDate.of(1988, 4, 23));
		// Probably her too, with a different birth date, but that is for the nightly check to propose.
		loaded("Isla", LocalDate.of(1991, 4, 23));
		catchUp();

		UUID added = registered("Isla", this.family, LocalDate.of(1988, 4, 23));

		assertThat(added).isNotIn(first, second);
		assertThat(this.jdbc.sql("""
				select case when person_low = :added then person_high else person_low end from match_proposal
				where :added in (person_low, person_high) and source = 'REFERRAL' and status = 'OPEN'
				""").param("added", added).query(UUID.class).list()).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void aKeyHeldByMoreThanTheLargestBlockIsPassedOverWhileThePersonIsStillFoundByHerOtherKeys() {
		// People of one family name and birthday, each with another given name and all born in the 1950s: a woman of
		// that family born on that day in 1955 shares only the family name, decade and birthday with them.
		String family = "Quennell" + letters();
		List<UUID> sharing = new java.util.ArrayList<>();
		for (int i = 0; i < DedupRun.MAX_BLOCK; i++) {
			sharing.add(loaded(letters(), family, LocalDate.of(1950 + i % 10, 3, 12)));
		}
		catchUp();
		Prepared sought = new Prepared(HeldPeople.record("sought", new PersonRecord.Name("Philippa", family), List.of(),
				LocalDate.of(1955, 3, 12), "FEMALE"));
		assertThat(idsSharingKeysWith(sought)).containsExactlyInAnyOrderElementsOf(sharing);

		loaded(letters(), family, LocalDate.of(1959, 3, 12));
		catchUp();
		assertThat(idsSharingKeysWith(sought)).isEmpty();
		UUID her = loaded("Philippa", family, LocalDate.of(1957, 3, 12));
		catchUp();
		assertThat(certain(person("Philippa", family, LocalDate.of(1957, 3, 12)))).contains(her);
	}

	@Test
	void aTransposedYearOfBirthStillFindsThePersonByBothNamesAndTheBirthday() {
		UUID held = registered("Morwenna", this.family, LocalDate.of(1985, 6, 19));

		Prepared transposed = new Prepared(HeldPeople.record("sought", new PersonRecord.Name("Morwenna", this.family),
				List.of(), LocalDate.of(1958, 6, 19), "FEMALE"));
		assertThat(idsSharingKeysWith(transposed)).contains(held);
	}

	@Test
	void aMistypedDayOfBirthStillFindsThePersonByBothNamesAndTheYear() {
		UUID held = registered("Rosalind", this.family, LocalDate.of(1971, 8, 14));

		assertThat(certain(person("Rosalind", this.family, LocalDate.of(1971, 8, 17)))).contains(held);
	}

	private List<UUID> idsSharingKeysWith(Prepared sought) {
		return this.held.sharingKeys(List.of(MatchKeyIndex.sought(sought)), DedupRun.MAX_BLOCK).getFirst().stream()
			.map(HeldPeople.Held::id)
			.toList();
	}

	private java.util.Optional<UUID> certain(NewPerson described) {
		return this.matcher.lookUp(List.of(described)).getFirst().certain();
	}

	private UUID loaded(String given, LocalDate born) {
		return loaded(given, this.family, born);
	}

	private UUID loaded(String given, String family, LocalDate born) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into person (id, given_name, family_name, date_of_birth) values (:id, :given, :family, :born)")
			.param("id", id)
			.param("given", given)
			.param("family", family)
			.param("born", born)
			.update();
		return id;
	}

	private void catchUp() {
		// The scheduled catch-up may hold the job for a moment; it keys the same people.
		while (this.index.catchUp().isEmpty()) {
			Thread.onSpinWait();
		}
	}

	private UUID registered(String given, String family, LocalDate born) {
		// A fresh person each time: the register would otherwise reuse one registered by an earlier step.
		NewPerson someone = person(given, family, born);
		return this.transaction.execute(t -> registerOne(someone)).personId();
	}

	private static NewPerson person(String given, String family, LocalDate born) {
		return new NewPerson(given, family, List.of(), born, "FEMALE", List.of(), NewPerson.Profile.NOT_GIVEN);
	}

	private static String letters() {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return out.toString();
	}

	private PersonRegister.Registered registerOne(NewPerson described) {
		return this.register.register(List.of(described)).getFirst();
	}

}
