package tandem.agency;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration index: where an administrator manages the partnership's structure. */
@Controller
class AdministrationController {

	@PreAuthorize("hasRole('ADMINISTRATOR')")
	@GetMapping("/admin")
	String index() {
		return "agency/index";
	}

}
