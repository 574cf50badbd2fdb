package tandem.matching;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Blocking keys of many people in one sorted array (key hash in the high bits, person number in the low 24): compact
 * enough for millions of people, and a key's block is one binary search away.
 */
final class Postings {

	static final int PERSON_BITS = 64 - Blocking.HASH_BITS;

	static final int CAPACITY = 1 << PERSON_BITS;

	private final long[] sorted;

	private final int maxBlock;

	/**
	 * @param maxBlock blocks larger than this (a very common name in a common year) are not used on their own: the
	 * person's other keys still find their matches
	 */
	Postings(long[][] keysByPerson, int maxBlock) {
		if (keysByPerson.length > CAPACITY) {
			throw new IllegalArgumentException("An index holds at most " + CAPACITY + " people");
		}
		long[] postings = new long[Arrays.stream(keysByPerson).mapToInt(k -> k.length).sum()];
		int n = 0;
		for (int person = 0; person < keysByPerson.length; person++) {
			for (long key : keysByPerson[person]) {
				postings[n++] = key << PERSON_BITS | person;
			}
		}
		Arrays.parallelSort(postings);
		this.sorted = postings;
		this.maxBlock = maxBlock;
	}

	long size() {
		return this.sorted.length;
	}

	/** Every person in a usable block of one of {@code keys}, possibly more than once. */
	void candidates(long[] keys, IntConsumer consumer) {
		for (long key : keys) {
			long low = key << PERSON_BITS;
			int from = lowerBound(low);
			// The block's end by walking at most one past the largest block used, not by a second search.
			int limit = (int) Math.min(this.sorted.length, (long) from + this.maxBlock + 1);
			int to = from;
			while (to < limit && this.sorted[to] < low + CAPACITY) {
				to++;
			}
			if (to - from > this.maxBlock) {
				continue;
			}
			for (int i = from; i < to; i++) {
				consumer.accept((int) (this.sorted[i] & (CAPACITY - 1)));
			}
		}
	}

	private int lowerBound(long value) {
		int lo = 0;
		int hi = this.sorted.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (this.sorted[mid] < value) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

}
