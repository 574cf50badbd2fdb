package tandem.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Drives one worker per {@link ReferralMix} on virtual threads, each sending its next referral as soon as the last
 * one was answered (closed loop), until the phase's time is up or its request budget is spent.
 */
final class ReferralLoad {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final int ERROR_SAMPLES = 5;

	private final HttpClient http;

	private final URI referrals;

	private final List<ReferralMix> mixes;

	ReferralLoad(HttpClient http, URI base, List<ReferralMix> mixes) {
		this.http = http;
		this.referrals = base.resolve("/api/v1/referrals");
		this.mixes = mixes;
	}

	/** What one phase measured. */
	record Result(Duration elapsed, Latencies latencies, Map<Integer, Long> statuses, long errors,
			List<String> errorSamples, long meetingThreshold, long repeats, long alreadyKnown, long replayed) {
	}

	Result phase(Duration length, int mostPerClientSecond) throws Exception {
		long budget = (long) this.mixes.size() * length.toSeconds() * mostPerClientSecond;
		AtomicLong issued = new AtomicLong();
		Counters counters = new Counters();
		long started = System.nanoTime();
		long deadline = started + length.toNanos();
		List<Future<long[]>> workers = new ArrayList<>();
		try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (ReferralMix mix : this.mixes) {
				workers.add(executor.submit(() -> work(mix, deadline, () -> issued.incrementAndGet() <= budget, counters)));
			}
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		List<long[]> times = new ArrayList<>();
		for (Future<long[]> worker : workers) {
			times.add(worker.get());
		}
		return new Result(elapsed, new Latencies(times), new TreeMap<>(counters.statuses.entrySet().stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()))),
				counters.errors.sum(), List.copyOf(counters.errorSamples), counters.meeting.sum(), counters.repeats.sum(),
				counters.known.sum(), counters.replayed.sum());
	}

	private long[] work(ReferralMix mix, long deadline, java.util.function.BooleanSupplier mayIssue, Counters counters)
			throws IOException, InterruptedException {
		long[] times = new long[1024];
		int count = 0;
		while (System.nanoTime() < deadline && mayIssue.getAsBoolean()) {
			ReferralMix.Submission submission = mix.next();
			HttpRequest.Builder request = HttpRequest.newBuilder(this.referrals)
				.timeout(REQUEST_TIMEOUT)
				.header("Authorization", "Bearer " + submission.client().token())
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(submission.body()));
			if (submission.key() != null) {
				request.header("Idempotency-Key", submission.key());
			}
			long sent = System.nanoTime();
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			long took = System.nanoTime() - sent;
			if (count == times.length) {
				times = Arrays.copyOf(times, count * 2);
			}
			times[count++] = took;
			counters.record(response, submission);
			if (response.statusCode() == 201) {
				mix.accepted(submission);
			}
		}
		return Arrays.copyOf(times, count);
	}

	/** Tallies kept while the phase runs; the body is only searched for a few flags, to keep the client light. */
	private static final class Counters {

		final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

		final LongAdder errors = new LongAdder();

		final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

		final LongAdder meeting = new LongAdder();

		final LongAdder repeats = new LongAdder();

		final LongAdder known = new LongAdder();

		final LongAdder replayed = new LongAdder();

		void record(HttpResponse<String> response, ReferralMix.Submission submission) {
			int status = response.statusCode();
			this.statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
			if (status < 200 || status > 299) {
				this.errors.increment();
				if (this.errorSamples.size() < ERROR_SAMPLES) {
					String body = response.body();
					this.errorSamples.add(status + " " + body.substring(0, Math.min(300, body.length())));
				}
				return;
			}
			String body = response.body();
			count(this.meeting, body.contains("\"meetsMaracThreshold\":true"));
			count(this.repeats, body.contains("\"repeat\":true"));
			count(this.known, body.contains("\"victimAlreadyKnown\":true"));
			count(this.replayed, submission.retry() && response.headers().firstValue("Idempotent-Replayed").isPresent());
		}

		private static void count(LongAdder adder, boolean yes) {
			if (yes) {
				adder.increment();
			}
		}

	}

}
