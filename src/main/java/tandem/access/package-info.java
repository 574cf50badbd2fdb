/**
 * Need-to-know access to cases, decided in one place: involvement of the actor's agency, roles that serve an area, restricted cases visible only to named users, and break-glass access with a written reason.
 */
@NullMarked
package tandem.access;

import org.jspecify.annotations.NullMarked;
