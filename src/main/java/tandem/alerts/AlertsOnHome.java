package tandem.alerts;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tandem.agency.Actor;
import tandem.agency.Role;
import tandem.web.HomeSection;

/** The area's open alerts on the home page of its MARAC coordinators, and of no one else. */
@Component
class AlertsOnHome implements HomeSection {

	private final AlertViews views;

	AlertsOnHome(AlertViews views) {
		this.views = views;
	}

	@Override
	public Optional<Shown> shownTo(Actor actor) {
		if (!actor.has(Role.COORDINATOR) || actor.kind() != Actor.Kind.USER) {
			return Optional.empty();
		}
		return Optional.of(new Shown("alerts/home", "alerts", Map.of("alerts", this.views.openFor(actor, "home page"))));
	}

}
