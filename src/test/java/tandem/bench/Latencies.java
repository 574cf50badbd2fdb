package tandem.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Response times of one measured phase, merged from every worker, with the percentiles the benchmark reports. */
final class Latencies {

	private final long[] sortedNanos;

	Latencies(List<long[]> perWorker) {
		this.sortedNanos = perWorker.stream().flatMapToLong(Arrays::stream).sorted().toArray();
	}

	int count() {
		return this.sortedNanos.length;
	}

	/** Nearest-rank percentile: the smallest time that at least {@code percent} of the responses did not exceed. */
	Duration percentile(double percent) {
		if (this.sortedNanos.length == 0) {
			return Duration.ZERO;
		}
		int rank = (int) Math.ceil(percent / 100 * this.sortedNanos.length);
		return Duration.ofNanos(this.sortedNanos[Math.max(0, rank - 1)]);
	}

	Duration max() {
		return this.sortedNanos.length == 0 ? Duration.ZERO : Duration.ofNanos(this.sortedNanos[this.sortedNanos.length - 1]);
	}

	static String millis(Duration duration) {
		return "%.1f ms".formatted(duration.toNanos() / 1e6);
	}

}
