/**
 * Triage: the daily domestic abuse meeting (or MASH) works an area's queue of new referrals that were not routed
 * straight to MARAC or a service. Each gets a route (MARAC, IDVA, a directory service, early help, or no further
 * action with a reason) and actions; the queue shows how long each has waited.
 */
@NullMarked
package tandem.triage;

import org.jspecify.annotations.NullMarked;
