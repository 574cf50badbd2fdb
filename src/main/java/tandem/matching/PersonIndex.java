package tandem.matching;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/** People prepared for matching, in plain text, with their blocking keys' {@link Postings}. */
public final class PersonIndex implements Population {

	/** Largest number of people an index holds. */
	public static final int CAPACITY = Postings.CAPACITY;

	/** The caller's identifier of each person, by number: a function, so that a large index can keep them compactly. */
	private final IntFunction<String> ids;

	private final Prepared[] people;

	private final Postings postings;

	private final NameFrequencies frequencies;

	private PersonIndex(IntFunction<String> ids, Prepared[] people, Postings postings) {
		this.ids = ids;
		this.people = people;
		this.postings = postings;
		this.frequencies = new NameFrequencies(people);
	}

	/** @param maxBlock the largest block used (see {@link Postings}) */
	public static PersonIndex of(List<PersonRecord> records, int maxBlock) {
		Prepared[] people = records.parallelStream().map(Prepared::new).toArray(Prepared[]::new);
		String[] ids = records.stream().map(PersonRecord::id).toArray(String[]::new);
		return of(people, i -> ids[i], maxBlock);
	}

	/** People already prepared (a batch run prepares them as it reads), with their identifiers by number. */
	static PersonIndex of(Prepared[] people, IntFunction<String> ids, int maxBlock) {
		long[][] keys = Arrays.stream(people).parallel().map(Blocking::keys).toArray(long[][]::new);
		return new PersonIndex(ids, people, new Postings(keys, maxBlock));
	}

	@Override
	public int size() {
		return this.people.length;
	}

	public String id(int person) {
		return this.ids.apply(person);
	}

	@Override
	public Postings postings() {
		return this.postings;
	}

	@Override
	public long[] keys(int person, int kinds) {
		return Blocking.keys(this.people[person], kinds);
	}

	@Override
	public Comparison compare(int a, int b) {
		return Comparison.of(this.people[a], this.people[b]);
	}

	@Override
	public double extraBits(Comparison comparison, MatchModel model) {
		return this.frequencies.adjustment(comparison, model);
	}

	Prepared person(int person) {
		return this.people[person];
	}

}
