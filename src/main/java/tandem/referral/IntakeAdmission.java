package tandem.referral;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets agency systems' referrals into intake a few at a time, in the order they arrived (ADR 0122). Fifty systems
 * sending at once would otherwise all run together on a small server: each holds a database connection while it waits
 * for the processor, the database spends its time on their contention, and whoever loses the race for the next
 * connection waits longest. Queued in order, each waits about as long as the others.
 */
@Component
class IntakeAdmission {

	private final Semaphore places;

	/**
	 * @param places referrals taken in at once; about twice the database server's cores keeps both the application and
	 *        the database busy
	 */
	IntakeAdmission(@Value("${tandem.referrals.concurrent-intakes:4}") int places) {
		if (places < 1) {
			throw new IllegalArgumentException("tandem.referrals.concurrent-intakes must be at least 1");
		}
		this.places = new Semaphore(places, true);
	}

	/** Runs the intake once a place is free, outside any transaction: waiting holds no connection. */
	<T> T admit(Supplier<T> intake) {
		try {
			this.places.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to take in a referral", ex);
		}
		try {
			return intake.get();
		}
		finally {
			this.places.release();
		}
	}

}
