/**
 * Areas, agencies, the people who work in them and their roles, and the agency systems registered to call the API;
 * with the administration pages that manage them (an administrator manages this structure but never sees case
 * content). Other modules use {@code Actor}, {@code Role}, {@code AgencyRef}, {@code UserAccounts} and
 * {@code Agencies}; everything else here is internal.
 */
@NullMarked
package tandem.agency;

import org.jspecify.annotations.NullMarked;
