package tandem.marac;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One MARAC meeting of an area. */
record Meeting(UUID id, UUID areaId, LocalDate heldOn, LocalTime startsAt, Kind kind, String venue,
		@Nullable UUID chairUserId, LocalDate cutOffOn, boolean cancelled, int version) {

	enum Kind {

		SCHEDULED("Scheduled"), EXTRA("Extra"), EMERGENCY("Emergency");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
