package tandem.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import tandem.audit.AuditChainCheck.Problem;

/** One seal as the chain check reads it, with the event it seals (null when that event is gone). */
record SealedLink(long sequence, long eventId, byte[] previousHash, byte[] hash, @Nullable RecordedEvent event) {

	static SealedLink from(ResultSet row) throws SQLException {
		RecordedEvent event = row.getObject("id") == null ? null : RecordedEvent.from(row);
		return new SealedLink(row.getLong("sequence"), row.getLong("event_id"), row.getBytes("previous_hash"),
				row.getBytes("hash"), event);
	}

	/**
	 * What is wrong with this link, given the sequence it should have and the hash of the seal before it; null when
	 * it holds.
	 */
	@Nullable Problem problem(long expectedSequence, byte[] hashBefore) {
		if (this.sequence != expectedSequence) {
			return Problem.SEQUENCE_GAP;
		}
		if (!Arrays.equals(this.previousHash, hashBefore)) {
			return Problem.LINK_BROKEN;
		}
		if (this.event == null) {
			return Problem.EVENT_MISSING;
		}
		if (!Arrays.equals(this.hash, ChainHash.of(this.previousHash, this.event))) {
			return Problem.EVENT_CHANGED;
		}
		return null;
	}

}
