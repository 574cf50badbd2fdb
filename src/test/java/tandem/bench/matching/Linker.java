package tandem.bench.matching;

/** One record-linkage method under test: scores the candidate pairs it chooses within a set. */
interface Linker {

	String name();

	/** Lowest score worth keeping for the metrics. */
	default double floor() {
		return 0.01;
	}

	void link(LinkageSet set, Scored scored) throws Exception;

}
