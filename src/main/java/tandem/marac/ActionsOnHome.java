package tandem.marac;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.web.HomeSection;

/** The agency's open MARAC actions on the home page of everyone in it who works with cases. */
@Component
class ActionsOnHome implements HomeSection {

	private final Actions actions;

	private final Clock clock;

	ActionsOnHome(Actions actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public Optional<Shown> shownTo(Actor actor) {
		if (!actor.worksWithCases() || actor.kind() != Actor.Kind.USER) {
			return Optional.empty();
		}
		return Optional.of(new Shown("marac/home", "actions",
				Map.of("actions", this.actions.openFor(actor.agency().id()), "today", LocalDate.now(this.clock))));
	}

}
