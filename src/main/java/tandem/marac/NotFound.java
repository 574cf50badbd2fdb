package tandem.marac;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A meeting, item or action that does not exist or that the actor may not know of: both answer alike. */
final class NotFound extends ResponseStatusException {

	NotFound() {
		super(HttpStatus.NOT_FOUND);
	}

}
