package tandem.agency;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The lists administrators choose from (areas, agencies, roles), as value-to-label maps for the GOV.UK fragments. */
@Component
class Choices {

	private final Areas areas;

	private final Agencies agencies;

	Choices(Areas areas, Agencies agencies) {
		this.areas = areas;
		this.agencies = agencies;
	}

	Map<String, String> areas() {
		Map<String, String> choices = new LinkedHashMap<>();
		this.areas.findAll().forEach(area -> choices.put(area.id().toString(), area.name() + " (" + area.code() + ")"));
		return choices;
	}

	Map<String, String> allAgencies() {
		Map<String, String> choices = new LinkedHashMap<>();
		this.agencies.findAll().forEach(agency -> choices.put(agency.id().toString(), agency.choiceLabel()));
		return choices;
	}

	/**
	 * The agencies people and systems may be added to, plus the given one even if inactive, so that a user who stays
	 * in an agency that has since been deactivated can still have their other details changed.
	 */
	Map<String, String> activeAgencies(@Nullable UUID alsoThisOne) {
		Map<String, String> choices = new LinkedHashMap<>();
		this.agencies.findAll()
			.stream()
			.filter(agency -> agency.active() || agency.id().equals(alsoThisOne))
			.forEach(agency -> choices.put(agency.id().toString(), agency.choiceLabel()));
		return choices;
	}

	static Map<String, String> roles() {
		Map<String, String> choices = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			choices.put(role.name(), role.label());
		}
		return choices;
	}

}
