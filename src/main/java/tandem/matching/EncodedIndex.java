package tandem.matching;

import java.util.List;

/** Bloom-filter encodings of many people, blocked by their keyed tokens, compared by Dice similarity. */
public final class EncodedIndex implements Population {

	private final EncodedPerson[] people;

	private final Postings postings;

	private EncodedIndex(EncodedPerson[] people, Postings postings) {
		this.people = people;
		this.postings = postings;
	}

	public static EncodedIndex of(List<EncodedPerson> encoded, int maxBlock) {
		EncodedPerson[] people = encoded.toArray(EncodedPerson[]::new);
		long[][] keys = encoded.stream().map(p -> strip(p.blockingTokens(), Blocking.ALL)).toArray(long[][]::new);
		return new EncodedIndex(people, new Postings(keys, maxBlock));
	}

	@Override
	public int size() {
		return this.people.length;
	}

	public String id(int person) {
		return this.people[person].id();
	}

	@Override
	public Postings postings() {
		return this.postings;
	}

	@Override
	public long[] keys(int person, int kinds) {
		return strip(this.people[person].blockingTokens(), kinds);
	}

	@Override
	public Comparison compare(int a, int b) {
		return BloomComparison.of(this.people[a], this.people[b]);
	}

	/** A name's frequency is not known through an encoding. */
	@Override
	public double extraBits(Comparison comparison, MatchModel model) {
		return 0;
	}

	/** The tokens of the wanted kinds, without the kind bits (as {@link Blocking#keys(Prepared, int)} gives them). */
	private static long[] strip(long[] tokens, int kinds) {
		return java.util.Arrays.stream(tokens).filter(t -> (kinds & 1 << (int) (t & 15)) != 0).map(t -> t >>> 4).toArray();
	}

}
