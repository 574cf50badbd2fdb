package tandem.referral;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentChangeRetryTest {

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void runsTheSubmissionAgainAfterAConcurrentChange() {
		String outcome = ConcurrentChangeRetry.attempt(() -> {
			if (this.calls.incrementAndGet() < ConcurrentChangeRetry.ATTEMPTS) {
				throw new OptimisticLockingFailureException("the person changed meanwhile");
			}
			return "accepted";
		});

		assertThat(outcome).isEqualTo("accepted");
		assertThat(this.calls).hasValue(ConcurrentChangeRetry.ATTEMPTS);
	}

	@Test
	void givesUpWithAConflictTheCallerMaySendAgain() {
		assertThatThrownBy(() -> ConcurrentChangeRetry.attempt(() -> {
			this.calls.incrementAndGet();
			throw new OptimisticLockingFailureException("the person changed meanwhile");
		})).isInstanceOfSatisfying(ErrorResponseException.class, conflict -> {
			assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(conflict.getBody().getDetail()).contains("Nothing was saved", "send this referral again");
		});
		assertThat(this.calls).hasValue(ConcurrentChangeRetry.ATTEMPTS);
	}

	@Test
	void doesNotRetryOtherFailures() {
		assertThatThrownBy(() -> ConcurrentChangeRetry.attempt(() -> {
			this.calls.incrementAndGet();
			throw new DataIntegrityViolationException("a constraint");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.calls).hasValue(1);
	}

}
