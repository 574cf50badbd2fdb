package tandem.web;

import java.util.Map;
import java.util.Optional;

import tandem.agency.Actor;

/**
 * A part of the home page that another module contributes (e.g. MARAC actions), so the home page shows it without
 * this module depending on that one.
 */
public interface HomeSection {

	/**
	 * @return what to show this actor, or empty to show nothing
	 */
	Optional<Shown> shownTo(Actor actor);

	/**
	 * @param template the template holding the fragment, e.g. {@code marac/home}
	 * @param fragment the fragment's name; it takes one parameter, {@code section}, the map given here
	 */
	record Shown(String template, String fragment, Map<String, ?> section) {

		public Shown {
			section = Map.copyOf(section);
		}

	}

}
