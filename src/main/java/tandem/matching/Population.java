package tandem.matching;

/** People the engine can block and compare: in plain text ({@link PersonIndex}) or as Bloom encodings. */
interface Population {

	int size();

	Postings postings();

	/** The person's blocking keys of the given kinds ({@link Blocking#ALL}, {@link Blocking#NAMES}, …). */
	long[] keys(int person, int kinds);

	Comparison compare(int a, int b);

	/** Evidence in bits beyond the comparison levels (how rare a shared name is); 0 where it cannot be known. */
	double extraBits(Comparison comparison, MatchModel model);

}
