/**
 * The service directory and onward referrals: the partnership's services described with Open Referral UK's core
 * fields (organisation, service, areas, eligibility, languages, how to refer), their capacity kept current by the
 * provider, and referrals from a case to a service, gated on consent or a recorded lawful basis. A receiving service
 * sees only what a referral shares until it accepts. Perpetrator programmes are services too, with engagement.
 */
@NullMarked
package tandem.directory;

import org.jspecify.annotations.NullMarked;
