package tandem.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One service as the directory shows it to anyone signed in. It holds no personal data. A refuge's location is only
 * ever the area it is in.
 *
 * @param locatedInArea for refuges, the name of the area the refuge is in; never an address
 * @param spacesFree spaces free now, as the provider last said; null when the service does not count spaces
 */
public record DirectoryEntry(UUID id, UUID agencyId, String organisation, String name, ServiceKind kind,
		String description, List<String> areasCovered, List<String> riskLevels, @Nullable Integer minAge,
		@Nullable Integer maxAge, @Nullable String genders, @Nullable String needs, List<String> languages,
		String howToRefer, @Nullable String locatedInArea, @Nullable Integer spacesFree, @Nullable Integer waitingWeeks,
		@Nullable Instant capacityUpdatedAt, boolean acceptsNonMandated, int version) {

	public DirectoryEntry {
		areasCovered = List.copyOf(areasCovered);
		riskLevels = List.copyOf(riskLevels);
		languages = List.copyOf(languages);
	}

	public boolean perpetratorProgramme() {
		return this.kind == ServiceKind.PERPETRATOR_PROGRAMME;
	}

	/** "16 and over", "Up to 18", "All ages". */
	public String ageRange() {
		if (this.minAge == null && this.maxAge == null) {
			return "All ages";
		}
		if (this.maxAge == null) {
			return this.minAge + " and over";
		}
		return (this.minAge == null ? 0 : this.minAge) + " to " + this.maxAge;
	}

}
