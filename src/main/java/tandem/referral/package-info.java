/**
 * Referrals: a practitioner or an agency's system refers a victim once, with the Dash risk checklist; Tandem scores
 * it, applies the area's MARAC criteria, attaches it to the people it already knows and routes it.
 */
@NullMarked
package tandem.referral;

import org.jspecify.annotations.NullMarked;
