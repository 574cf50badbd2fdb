package tandem.bench;

import java.time.LocalDate;
import java.util.UUID;

/** The cases a generator wrote, compactly, so later steps (audit events, benchmarks) can pick from them. */
final class CaseIndex {

	private final UUID[] ids;

	private final short[] areaIndexes;

	private final int[] openedEpochDays;

	private final long people;

	CaseIndex(UUID[] ids, short[] areaIndexes, int[] openedEpochDays, long people) {
		this.ids = ids;
		this.areaIndexes = areaIndexes;
		this.openedEpochDays = openedEpochDays;
		this.people = people;
	}

	int size() {
		return this.ids.length;
	}

	UUID id(int index) {
		return this.ids[index];
	}

	int areaIndex(int index) {
		return this.areaIndexes[index];
	}

	LocalDate openedOn(int index) {
		return LocalDate.ofEpochDay(this.openedEpochDays[index]);
	}

	long people() {
		return this.people;
	}

}
