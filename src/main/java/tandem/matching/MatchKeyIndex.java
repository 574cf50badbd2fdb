package tandem.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.ClusterJobs;

/**
 * The blocking keys of every person held, kept in PostgreSQL, so that "is this person already known?" reads a few
 * index entries rather than everyone who shares a common family name (ADR 0120). Keys are written with the person,
 * in the same transaction; people loaded in bulk, past the register, are caught up by {@link #catchUp()}.
 */
@Component
public class MatchKeyIndex {

	/**
	 * Which version of the keys the table holds. Raise it whenever {@link Blocking} or the kinds kept change how keys
	 * are made: the next catch-up then rebuilds the table instead of mixing old keys with new.
	 */
	static final int SCHEME = 4;

	/**
	 * Kinds that join names to parts of the date of birth, kept for people whose date of birth is known. Each single
	 * error leaves one of them in common: a misspelt or changed given name keeps the family name, decade and birthday;
	 * a misspelt or changed family name the given name, decade and birthday; a mistyped year both names and the
	 * birthday; a mistyped day or month both names and the year. The batch's broader kinds (a given name with the
	 * family initial and year; a family name with the birthday of any year) gather tens of namesakes of every common
	 * name and add only people with two errors, who are never a certain match and so change nothing at referral time
	 * (ADR 0120).
	 */
	private static final int DATED = Blocking.GIVEN_AND_BIRTHDAY | Blocking.FAMILY_DECADE_AND_BIRTHDAY
			| Blocking.NAMES_AND_YEAR | Blocking.NAMES_AND_BIRTHDAY;

	private static final int PAGE = 5000;

	private static final UUID FIRST = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final HeldPeople people;

	private final ClusterJobs jobs;

	MatchKeyIndex(JdbcClient jdbc, HeldPeople people, ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.people = people;
		this.jobs = jobs;
	}

	/**
	 * The keys kept for a person. The names' codes alone are kept only for people of unknown birth: for everyone else
	 * they would gather every namesake, and the names with the date serve instead.
	 */
	static long[] kept(Prepared person) {
		return Blocking.keys(person, person.hasFullBirthDate() ? DATED : Blocking.NAMES);
	}

	/**
	 * The keys to look a person up by: those {@link #kept}, and the names' codes alone as well, to find people held
	 * without a date of birth. Someone described without one is looked for among those only: no one held with a date of
	 * birth could be a certain match for them.
	 */
	static long[] sought(Prepared person) {
		return Blocking.keys(person, person.hasFullBirthDate() ? DATED | Blocking.NAMES : Blocking.NAMES);
	}

	/** Keeps a new person's keys, in the caller's transaction. */
	void remember(List<PersonRecord> records) {
		int count = 0;
		long[][] keysOf = new long[records.size()][];
		for (int i = 0; i < records.size(); i++) {
			keysOf[i] = kept(new Prepared(records.get(i)));
			count += keysOf[i].length;
		}
		long[] keys = new long[count];
		String[] ids = new String[count];
		int n = 0;
		for (int i = 0; i < records.size(); i++) {
			for (long key : keysOf[i]) {
				keys[n] = key;
				ids[n++] = records.get(i).id();
			}
		}
		if (n > 0) {
			this.jdbc.sql("""
					insert into person_match_key (key, person_id)
					select key, cast(id as uuid) from unnest(:keys, :ids) as k (key, id)
					on conflict do nothing
					""").param("keys", keys).param("ids", ids).update();
		}
	}

	/**
	 * Keys everyone not yet keyed, on one node at a time, first emptying the table when it holds another scheme's
	 * keys. Rebuilding locks the table, so look-ups wait until it is done rather than miss people.
	 *
	 * @return how many people were keyed, or empty when another node is catching up
	 */
	public Optional<Integer> catchUp() {
		return this.jobs.runAlone("match-key-catch-up", this::keyEveryoneMissing);
	}

	private int keyEveryoneMissing() {
		Optional<Integer> held = this.jdbc.sql("select version from person_match_key_scheme").query(Integer.class).optional();
		return held.isPresent() && held.get() == SCHEME ? keyThoseMissing() : rebuild();
	}

	/** The nightly path: a few people loaded past the register since the last run, or none. */
	private int keyThoseMissing() {
		int keyed = 0;
		UUID after = FIRST;
		while (true) {
			List<UUID> page = this.jdbc.sql("""
					select id from person p
					where id > :after and not exists (select 1 from person_match_key k where k.person_id = p.id)
					order by id limit :page
					""").param("after", after).param("page", PAGE).query(UUID.class).list();
			if (page.isEmpty()) {
				return keyed;
			}
			remember(this.people.withIds(page).stream().map(HeldPeople.Held::record).toList());
			keyed += page.size();
			after = page.getLast();
		}
	}

	/**
	 * Takes the keys and person to itself before anything else: dropping the reference below needs person alone. A
	 * referral's look-up takes the two tables in no fixed order, so the rebuild never waits long while holding one of
	 * them: after a short wait it lets go of both and tries again, rather than deadlock with a referral holding the
	 * other (ADR 0123).
	 */
	private void lockBothTables() {
		this.jdbc.sql("set local lock_timeout = '100ms'").update();
		while (true) {
			this.jdbc.sql("savepoint rebuild_locks").update();
			try {
				this.jdbc.sql("lock table person_match_key, person in access exclusive mode").update();
				this.jdbc.sql("release savepoint rebuild_locks").update();
				this.jdbc.sql("set local lock_timeout = 0").update();
				return;
			}
			catch (PessimisticLockingFailureException busy) {
				this.jdbc.sql("rollback to savepoint rebuild_locks").update();
			}
		}
	}

	/**
	 * Keys everyone afresh. The indexes and the reference to person are dropped while the table fills and made again
	 * after: one sorted build instead of millions of random insertions, minutes instead of most of an hour for a
	 * national data set.
	 */
	private int rebuild() {
		lockBothTables();
		this.jdbc.sql("truncate person_match_key").update();
		this.jdbc.sql("""
				alter table person_match_key drop constraint person_match_key_pkey,
				                             drop constraint person_match_key_person_id_fkey
				""").update();
		this.jdbc.sql("drop index person_match_key_person").update();
		int keyed = 0;
		UUID after = FIRST;
		for (List<HeldPeople.Held> page; !(page = this.people.after(after, PAGE)).isEmpty(); after = page.getLast().id()) {
			remember(page.stream().map(HeldPeople.Held::record).toList());
			keyed += page.size();
		}
		this.jdbc.sql("""
				alter table person_match_key add primary key (key, person_id),
				    add foreign key (person_id) references person (id) on delete cascade
				""").update();
		this.jdbc.sql("create index person_match_key_person on person_match_key (person_id)").update();
		this.jdbc.sql("delete from person_match_key_scheme").update();
		this.jdbc.sql("insert into person_match_key_scheme (version) values (:version)").param("version", SCHEME).update();
		return keyed;
	}

}
