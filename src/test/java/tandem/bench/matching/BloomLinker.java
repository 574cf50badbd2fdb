package tandem.bench.matching;

import java.security.SecureRandom;
import java.util.List;

import tandem.matching.BloomEncoder;
import tandem.matching.EncodedIndex;
import tandem.matching.EncodedPerson;
import tandem.matching.MatchEngine;
import tandem.matching.MatchModel;

/**
 * Tandem's privacy-preserving mode: every record is encoded with a fresh shared key (Bloom filters and keyed blocking
 * tokens), and linking sees only the encodings. The time includes encoding.
 */
final class BloomLinker implements Linker {

	@Override
	public String name() {
		return "Bloom";
	}

	@Override
	public void link(LinkageSet set, Scored scored) {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		BloomEncoder encoder = new BloomEncoder(secret);
		List<EncodedPerson> encoded = set.records().parallelStream().map(encoder::encode).toList();
		EncodedIndex index = EncodedIndex.of(encoded, TandemLinker.MAX_BLOCK);
		MatchEngine engine = MatchEngine.train(index, MatchModel.configured(), TandemLinker.EM_SAMPLE);
		engine.forEachCandidatePair((a, b, p) -> scored.compared(a, b, p, floor()));
	}

}
