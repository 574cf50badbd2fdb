package tandem.referral;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Two referrals naming the same person or case at the same moment: the later commit fails on the version of the
 * person or case and its whole transaction rolls back, so running it again is safe and sees the other's result. After
 * {@link #ATTEMPTS} such failures the caller is told to send it again (409, API.md), never left with a server error.
 */
final class ConcurrentChangeRetry {

	/** Attempts at a referral that keeps meeting concurrent changes to the same people or case. */
	static final int ATTEMPTS = 3;

	private ConcurrentChangeRetry() {
	}

	static <T> T attempt(Supplier<T> submission) {
		for (int attempt = 1;; attempt++) {
			try {
				return submission.get();
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw conflict(ex);
				}
			}
		}
	}

	private static ErrorResponseException conflict(OptimisticLockingFailureException cause) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Other referrals were changing the same people or case at the same moment. Nothing was saved: send this "
						+ "referral again.");
		problem.setTitle("Concurrent change");
		return new ErrorResponseException(HttpStatus.CONFLICT, problem, cause);
	}

}
