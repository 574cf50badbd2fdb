/**
 * The shared case record: one case per victim and episode of abuse, linking the people involved to the agencies working it, and the case page that shows each viewer what they may see.
 */
@NullMarked
package tandem.cases;

import org.jspecify.annotations.NullMarked;
