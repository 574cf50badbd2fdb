package tandem.bench.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.esotericsoftware.minlog.Log;
import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.blockcleaning.ComparisonsBasedBlockPurging;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.entitymatching.ProfileMatcher;
import org.scify.jedai.utilities.enumerations.RepresentationModel;
import org.scify.jedai.utilities.enumerations.SimilarityMetric;
import org.scify.jedai.utilities.enumerations.WeightingScheme;

import tandem.matching.PersonRecord;

/**
 * JedAI 3.1's schema-agnostic dirty-ER workflow as its documentation recommends it: token (standard) blocking,
 * comparison-based block purging, block filtering, cardinality node pruning (Jaccard weighting), then profile
 * matching on character trigrams with Jaccard similarity. Clustering is left out: pairs are scored and the threshold
 * chosen on the tuning set, like every other method.
 */
final class JedaiLinker implements Linker {

	@Override
	public String name() {
		return "JedAI";
	}

	@Override
	public void link(LinkageSet set, Scored scored) {
		Log.set(Log.LEVEL_WARN);
		List<EntityProfile> profiles = new ArrayList<>();
		for (int i = 0; i < set.records().size(); i++) {
			profiles.add(profile(i, set.records().get(i)));
		}
		List<AbstractBlock> blocks = new StandardBlocking().getBlocks(profiles);
		blocks = new ComparisonsBasedBlockPurging(false).refineBlocks(blocks);
		blocks = new BlockFiltering().refineBlocks(blocks);
		blocks = new CardinalityNodePruning(WeightingScheme.valueOf(System.getProperty("jw", "JS"))).refineBlocks(blocks);
		ProfileMatcher matcher = new ProfileMatcher(profiles, RepresentationModel.valueOf(System.getProperty("jr", "CHARACTER_TRIGRAMS")),
				SimilarityMetric.valueOf(System.getProperty("jm", "COSINE_SIMILARITY")));
		SimilarityPairs pairs = matcher.executeComparisons(blocks);
		Set<Long> seen = new HashSet<>();
		int[] first = pairs.getEntityIds1();
		int[] second = pairs.getEntityIds2();
		float[] similarities = pairs.getSimilarities();
		for (int k = 0; k < pairs.getNoOfComparisons(); k++) {
			int a = Math.min(first[k], second[k]);
			int b = Math.max(first[k], second[k]);
			if (a != b && seen.add((long) a << 32 | b)) {
				scored.compared(a, b, similarities[k], floor());
			}
		}
	}

	private static EntityProfile profile(int i, PersonRecord p) {
		EntityProfile profile = new EntityProfile(Integer.toString(i));
		add(profile, "given", p.names().getFirst().given());
		add(profile, "family", p.names().getFirst().family());
		if (p.birthYear() != null) {
			add(profile, "dob", p.birthYear() + "-" + p.birthMonth() + "-" + p.birthDay());
		}
		add(profile, "sex", p.sex());
		add(profile, "address", p.address());
		add(profile, "postcode", p.postcode());
		add(profile, "email", p.email());
		return profile;
	}

	private static void add(EntityProfile profile, String attribute, String value) {
		if (value != null && !value.isBlank()) {
			profile.addAttribute(attribute, value.toLowerCase(Locale.ROOT).strip());
		}
	}

}
