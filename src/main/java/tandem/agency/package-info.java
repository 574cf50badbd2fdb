/**
 * Areas, agencies, the people who work in them and their roles, and the agency systems registered to call the API.
 */
@NullMarked
package tandem.agency;

import org.jspecify.annotations.NullMarked;
