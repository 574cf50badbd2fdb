package tandem.agency;

/**
 * Thrown when an edit was based on a version of a row that someone else has changed since, so that their change is
 * never silently overwritten. The transaction rolls back and the form is shown again.
 */
final class EditConflict extends RuntimeException {

	EditConflict(String subjectType) {
		super("The " + subjectType + " changed since the form was loaded");
	}

}
