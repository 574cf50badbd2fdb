package tandem.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people of one batch run, gathered as they are read: each prepared for matching at once (the record as read is
 * not kept), names shared between people, and each person's id kept as two longs rather than a string.
 */
final class DedupPeople {

	/** People prepared together, in parallel, once this many have been read. */
	private static final int BATCH = 10_000;

	private final List<Prepared> prepared = new ArrayList<>();

	private final List<PersonRecord> waiting = new ArrayList<>(BATCH);

	private final Map<String, String> names = new HashMap<>();

	private long[] high = new long[BATCH];

	private long[] low = new long[BATCH];

	private int count;

	void add(UUID id, PersonRecord person) {
		if (this.count == this.high.length) {
			this.high = Arrays.copyOf(this.high, this.count * 2);
			this.low = Arrays.copyOf(this.low, this.count * 2);
		}
		this.high[this.count] = id.getMostSignificantBits();
		this.low[this.count] = id.getLeastSignificantBits();
		this.count++;
		this.waiting.add(person);
		if (this.waiting.size() == BATCH) {
			prepareWaiting();
		}
	}

	int size() {
		return this.count;
	}

	UUID id(int person) {
		return new UUID(this.high[person], this.low[person]);
	}

	/** The index of everyone read; this gatherer is spent afterwards. */
	PersonIndex index(int maxBlock) {
		prepareWaiting();
		Prepared[] people = this.prepared.toArray(Prepared[]::new);
		this.prepared.clear();
		this.names.clear();
		return PersonIndex.of(people, person -> id(person).toString(), maxBlock);
	}

	private void prepareWaiting() {
		List<Prepared> batch = this.waiting.parallelStream().map(Prepared::new).toList();
		batch.forEach(p -> p.shareNames(this.names));
		this.prepared.addAll(batch);
		this.waiting.clear();
	}

}
