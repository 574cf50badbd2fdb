package tandem.agency;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A 404 for an id in a URL that names nothing (mistyped or tampered); the message names no data. */
final class NotFound extends ResponseStatusException {

	NotFound() {
		super(HttpStatus.NOT_FOUND);
	}

}
