package tandem.risk;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What is known, at referral, about earlier MARAC referrals of the same victim with the same perpetrator. A referral
 * naming a different perpetrator is a new case, so only the pair's own history is given here.
 *
 * @param lastReferralOfSamePair the date of the pair's last MARAC referral, if any
 * @param incidentWouldBeCriminal whether the new incident would be criminal if reported (matters only under the
 * older SafeLives definition)
 */
public record RepeatHistory(@Nullable LocalDate lastReferralOfSamePair, boolean incidentWouldBeCriminal) {

	public static final RepeatHistory NONE = new RepeatHistory(null, false);

	public static RepeatHistory lastReferredOn(LocalDate date) {
		return new RepeatHistory(date, true);
	}

	public Optional<LocalDate> lastReferral() {
		return Optional.ofNullable(this.lastReferralOfSamePair);
	}

	/**
	 * Whether a referral made on {@code referredOn} is a repeat: the pair's last referral lies within the window before
	 * it (the window's first day included) and, under the older definition, the incident would be criminal.
	 */
	boolean isRepeat(LocalDate referredOn, RiskThresholds thresholds) {
		if (this.lastReferralOfSamePair == null || this.lastReferralOfSamePair.isAfter(referredOn)) {
			return false;
		}
		boolean withinWindow = !this.lastReferralOfSamePair.isBefore(referredOn.minus(thresholds.repeatWindow()));
		boolean incidentCounts = thresholds.repeatDefinition() == RepeatDefinition.ANY_ABUSE || this.incidentWouldBeCriminal;
		return withinWindow && incidentCounts;
	}

}
