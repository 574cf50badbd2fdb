package tandem.bench;

import java.time.ZoneId;

/** Benchmarks generate and measure on UK dates, as Tandem itself does. */
final class BenchClock {

	static final ZoneId UK = ZoneId.of("Europe/London");

	private BenchClock() {
	}

}
