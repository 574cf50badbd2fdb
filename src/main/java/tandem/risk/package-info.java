/**
 * Risk identification: the SafeLives Dash risk checklist, the four MARAC referral criteria and the resulting risk
 * level, as plain rules with every threshold configurable per area (reference/domain.md §1–2, design/API.md).
 */
@NullMarked
package tandem.risk;

import org.jspecify.annotations.NullMarked;
