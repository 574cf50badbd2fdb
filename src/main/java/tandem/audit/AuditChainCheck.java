package tandem.audit;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a check of the audit chain found.
 *
 * @param sealsChecked seals found intact, in sequence order, before the first broken link (all of them when none)
 * @param firstBrokenLink the first seal that fails the check, or null when every seal holds
 * @param overdueEvents events older than the tolerance that have no seal: the sealer stopped, or was kept from them
 * @param lowestOverdueEventId the lowest id among them, or null when there are none
 * @param lastHash the hash of the last intact seal, in hexadecimal: kept outside Tandem, it lets a later check show
 * that the chain was not rewritten from the start
 */
public record AuditChainCheck(Instant checkedAt, long sealsChecked, @Nullable BrokenLink firstBrokenLink,
		long overdueEvents, @Nullable Long lowestOverdueEventId, Duration unsealedTolerance, @Nullable String lastHash)
		implements Serializable {

	/** True when every seal holds and no event has waited too long for one. */
	public boolean intact() {
		return this.firstBrokenLink == null && this.overdueEvents == 0;
	}

	/** The result in plain words, for people. */
	public String summary() {
		StringBuilder words = new StringBuilder();
		if (this.firstBrokenLink == null && this.sealsChecked == 0) {
			words.append("The audit chain is empty: no events have been sealed yet.");
		}
		else if (this.firstBrokenLink == null) {
			words.append("The audit chain holds: all ").append(count(this.sealsChecked))
				.append(" seals match their events and link up in order.");
		}
		else {
			words.append("The audit trail has been tampered with. The first broken link is ")
				.append(this.firstBrokenLink.describe()).append(" The ").append(count(this.sealsChecked))
				.append(" seals before it are intact.");
		}
		if (this.overdueEvents > 0) {
			words.append(' ').append(count(this.overdueEvents)).append(" audit events have waited more than ")
				.append(minutes(this.unsealedTolerance)).append(" for a seal (the lowest is event ")
				.append(this.lowestOverdueEventId)
				.append("): the sealer may have stopped, or events may have been kept from it.");
		}
		return words.toString();
	}

	/** A short, non-identifying note of the outcome for the audit event that records the check. */
	String auditDetail() {
		String chain = this.firstBrokenLink == null ? "chain holds over " + this.sealsChecked + " seals"
				: "broken at seal " + this.firstBrokenLink.sequence() + " (event " + this.firstBrokenLink.eventId()
						+ "): " + this.firstBrokenLink.problem();
		return this.overdueEvents == 0 ? chain : chain + "; " + this.overdueEvents + " events overdue for a seal";
	}

	private static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

	private static String minutes(Duration duration) {
		long minutes = duration.toMinutes();
		return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " seconds";
	}

	/** The first seal that fails the check: which one, for which event, and why. */
	public record BrokenLink(long sequence, long eventId, Problem problem) implements Serializable {

		String describe() {
			return "seal " + this.sequence + " (audit event " + this.eventId + "): " + this.problem.explanation + ".";
		}

	}

	public enum Problem {

		SEQUENCE_GAP("the seal numbered before it is missing, so a seal has been removed"),
		LINK_BROKEN("it does not link to the seal before it, so a seal has been changed, removed or inserted"),
		EVENT_MISSING("its audit event is no longer there, so the event has been deleted"),
		EVENT_CHANGED("its audit event no longer matches what was sealed, so the event or its seal has been changed");

		private final String explanation;

		Problem(String explanation) {
			this.explanation = explanation;
		}

		public String explanation() {
			return this.explanation;
		}

	}

}
