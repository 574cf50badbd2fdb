package tandem.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeAdmissionTest {

	@Test
	void takesInNoMoreThanItsPlacesAtOnceAndTheWaitingInTheOrderTheyCame() throws Exception {
		IntakeAdmission admission = new IntakeAdmission(2);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		List<Integer> order = Collections.synchronizedList(new ArrayList<>());
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int arrival = i;
			threads.add(Thread.ofVirtual().start(() -> admission.admit(() -> {
				order.add(arrival);
				most.accumulateAndGet(inside.incrementAndGet(), Math::max);
				await(release);
				inside.decrementAndGet();
				return arrival;
			})));
			// Each arrives only once the one before is inside or waiting, so that arrival order is known.
			while (order.size() < Math.min(i + 1, 2) || (i >= 2 && !waiting(threads.getLast()))) {
				Thread.onSpinWait();
			}
		}
		release.countDown();
		for (Thread thread : threads) {
			assertThat(thread.join(java.time.Duration.ofSeconds(10))).isTrue();
		}

		assertThat(most.get()).isEqualTo(2);
		assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void refusesToBeConfiguredWithNoPlaces() {
		assertThatThrownBy(() -> new IntakeAdmission(0)).hasMessageContaining("at least 1");
	}

	private static boolean waiting(Thread thread) {
		Thread.State state = thread.getState();
		return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
