package tandem;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@TandemIntegrationTest
class ClusterJobsIntegrationTest {

	@Autowired
	ClusterJobs jobs;

	@Test
	void whileOneRunHoldsAJobNoOtherRunStartsAndTheLockIsFreedAtTheEnd() throws Exception {
		String job = Fixtures.unique("job");
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		ExecutorService threads = Executors.newFixedThreadPool(2);

		CompletableFuture<Optional<String>> first = CompletableFuture.supplyAsync(() -> this.jobs.runAlone(job, () -> {
			runs.incrementAndGet();
			started.countDown();
			await(release);
			return "first";
		}), threads);
		assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

		Optional<String> second = CompletableFuture
			.supplyAsync(() -> this.jobs.runAlone(job, () -> "second" + runs.incrementAndGet()), threads)
			.get(10, TimeUnit.SECONDS);
		Optional<String> otherJob = this.jobs.runAlone(job + "-other", () -> "other");

		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).contains("first");
		assertThat(second).isEmpty();
		assertThat(otherJob).contains("other");
		assertThat(runs).hasValue(1);
		assertThat(this.jobs.runAlone(job, () -> "after")).contains("after");
		threads.shutdown();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
