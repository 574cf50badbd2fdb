/**
 * What every page shares: the GOV.UK layout and components, the home page, error pages and the security headers.
 */
@NullMarked
package tandem.web;

import org.jspecify.annotations.NullMarked;
