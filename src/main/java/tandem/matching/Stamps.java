package tandem.matching;

import java.util.Arrays;

/**
 * Per thread, the person each other person was last seen with: while one person's blocks are walked, a candidate met
 * through several keys is compared once, without a set of pairs (which would not fit for millions of people).
 */
final class Stamps extends ThreadLocal<int[]> {

	private final int size;

	Stamps(int size) {
		this.size = size;
	}

	@Override
	protected int[] initialValue() {
		int[] stamp = new int[this.size];
		Arrays.fill(stamp, -1);
		return stamp;
	}

}
