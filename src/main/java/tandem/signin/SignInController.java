package tandem.signin;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

	private final List<IdentityProvider> identityProviders;

	SignInController(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.identityProviders = identityProviders(registrations.getIfAvailable());
	}

	@PermitAll
	@GetMapping("/sign-in")
	String signIn(@RequestParam(required = false) String error, @RequestParam(name = "timed-out", required = false) String timedOut,
			@RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("hasErrors", error != null);
		model.addAttribute("timedOut", timedOut != null);
		model.addAttribute("signedOut", signedOut != null);
		model.addAttribute("identityProviders", this.identityProviders);
		return "signin/sign-in";
	}

	private static List<IdentityProvider> identityProviders(@Nullable ClientRegistrationRepository registrations) {
		List<IdentityProvider> providers = new ArrayList<>();
		if (registrations instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new IdentityProvider(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return List.copyOf(providers);
	}

	/** A configured single sign-on provider, as the sign-in page offers it. */
	record IdentityProvider(String registrationId, String name) {
	}

}
