package tandem.bench.matching;

import tandem.matching.MatchEngine;
import tandem.matching.MatchModel;
import tandem.matching.PersonIndex;

/** Tandem's engine: index, EM on the set's own candidate pairs (no truth), then every candidate pair scored. */
final class TandemLinker implements Linker {

	static final int MAX_BLOCK = 500;

	static final int EM_SAMPLE = 200_000;

	@Override
	public String name() {
		return "Tandem";
	}

	@Override
	public void link(LinkageSet set, Scored scored) {
		PersonIndex index = PersonIndex.of(set.records(), MAX_BLOCK);
		MatchEngine engine = MatchEngine.train(index, MatchModel.configured(), EM_SAMPLE);
		if (System.getProperty("bench.verbose") != null) {
			System.out.println(engine.model());
		}
		engine.forEachCandidatePair((a, b, p) -> scored.compared(a, b, p, floor()));
	}

}
