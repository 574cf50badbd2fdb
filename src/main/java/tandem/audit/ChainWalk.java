package tandem.audit;

import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tandem.audit.AuditChainCheck.BrokenLink;
import tandem.audit.AuditChainCheck.Problem;

/**
 * How far a check has come along the chain: how many seals held, the hash of the last one, and the first broken
 * link once one is found.
 */
record ChainWalk(long checked, byte[] hashBefore, @Nullable BrokenLink broken) {

	static ChainWalk fromGenesis() {
		return new ChainWalk(0, ChainHash.genesis(), null);
	}

	boolean goesOn(long lastSequence) {
		return this.broken == null && this.checked < lastSequence;
	}

	/** Checks the next seals in sequence order, stopping at the first that does not hold. */
	ChainWalk through(List<SealedLink> links) {
		long held = this.checked;
		byte[] hash = this.hashBefore;
		for (SealedLink link : links) {
			Problem problem = link.problem(held + 1, hash);
			if (problem != null) {
				return new ChainWalk(held, hash, new BrokenLink(link.sequence(), link.eventId(), problem));
			}
			hash = link.hash();
			held++;
		}
		return new ChainWalk(held, hash, null);
	}

	/** The last intact seal's hash in hexadecimal, or null when none held. */
	@Nullable String lastHash() {
		return this.checked == 0 ? null : HexFormat.of().formatHex(this.hashBefore);
	}

}
