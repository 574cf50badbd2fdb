/**
 * People known to the partnership (victims, perpetrators, children): names and aliases, date of birth, contact details with their safety, equality data.
 */
@NullMarked
package tandem.person;

import org.jspecify.annotations.NullMarked;
