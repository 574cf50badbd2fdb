package tandem.reporting;

import java.time.Instant;

/**
 * How up to date the pre-aggregated counts are, shown with every figure.
 *
 * @param refreshedAt when the counts last took in new referrals
 * @param fullRebuildAt when every count was last recalculated from the record (this also takes in changed equality
 * answers, which the frequent refresh does not look for)
 */
public record Freshness(Instant refreshedAt, Instant fullRebuildAt) {
}
