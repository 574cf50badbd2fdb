/**
 * Tandem's application root: start-up, the choice of database and the clock. Features live in the sub-packages, one
 * module each.
 */
@NullMarked
package tandem;

import org.jspecify.annotations.NullMarked;
