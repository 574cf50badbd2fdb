package tandem.bench.matching;

import tandem.matching.MatchEngine;
import tandem.matching.MatchModel;
import tandem.matching.PersonIndex;

/** Tandem's engine: index, EM on the set's own candidate pairs (no truth), then every candidate pair scored. */
final class TandemLinker implements Linker {

	private final boolean twinsRule;

	/** @param twinsRule false only to show what the twins rule costs where the truth disagrees with it */
	TandemLinker(boolean twinsRule) {
		this.twinsRule = twinsRule;
	}

	static final int MAX_BLOCK = 200;

	static final int EM_SAMPLE = 200_000;

	@Override
	public String name() {
		return this.twinsRule ? "Tandem" : "Tandem-nt";
	}

	@Override
	public void link(LinkageSet set, Scored scored) {
		PersonIndex index = PersonIndex.of(set.records(), MAX_BLOCK);
		MatchModel start = this.twinsRule ? MatchModel.configured() : MatchModel.configured().withoutTwinsRule();
		MatchEngine engine = MatchEngine.train(index, start, EM_SAMPLE);
		if (System.getProperty("bench.verbose") != null) {
			System.out.println(engine.model());
		}
		engine.forEachCandidatePair((a, b, p) -> scored.compared(a, b, p, floor()));
	}

}
