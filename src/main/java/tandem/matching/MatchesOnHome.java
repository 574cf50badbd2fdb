package tandem.matching;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.web.HomeSection;

/** How many probable matches wait for the coordinator's review, on their home page. */
@Component
class MatchesOnHome implements HomeSection {

	private final ReviewPages pages;

	MatchesOnHome(ReviewPages pages) {
		this.pages = pages;
	}

	@Override
	public Optional<Shown> shownTo(Actor actor) {
		if (!actor.has(Role.COORDINATOR) || actor.kind() != Actor.Kind.USER) {
			return Optional.empty();
		}
		return Optional.of(new Shown("matching/home", "matches", Map.of("open", this.pages.openCount(actor))));
	}

}
