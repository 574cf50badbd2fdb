package tandem.web;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tandem.agency.Actor;

/** Makes the signed-in actor available to every page's layout (navigation, who is signed in). */
@ControllerAdvice
class CurrentActorAdvice {

	@ModelAttribute("currentActor")
	@Nullable Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
	}

}
