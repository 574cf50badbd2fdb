package tandem.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A triage decision as typed: the route, the service for the SERVICE route, the reason (required for no further
 * action) and the actions agreed, one per line.
 */
record TriageDecisionForm(String route, String service, String reason, String actions, int version) {

	static final int LONGEST = 2000;

	static final int MOST_ACTIONS = 20;

	Optional<TriageRoute> chosenRoute() {
		try {
			return Optional.of(TriageRoute.valueOf(this.route));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	List<String> actionLines() {
		return this.actions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<TriageRoute> chosen = chosenRoute();
		if (chosen.isEmpty()) {
			errors.put("route", "Select a route");
		}
		if (chosen.filter(r -> r == TriageRoute.SERVICE).isPresent() && this.service.isBlank()) {
			errors.put("service", "Select the service");
		}
		if (chosen.filter(r -> r == TriageRoute.NO_FURTHER_ACTION).isPresent() && this.reason.isBlank()) {
			errors.put("reason", "Enter why no further action is needed");
		}
		else if (this.reason.length() > LONGEST) {
			errors.put("reason", "The reason must be " + LONGEST + " characters or fewer");
		}
		if (actionLines().size() > MOST_ACTIONS || actionLines().stream().anyMatch(a -> a.length() > LONGEST)) {
			errors.put("actions", "Enter at most " + MOST_ACTIONS + " actions, one per line");
		}
		return errors;
	}

}
