/**
 * Partnership reporting: figures counted from the record (referrals, risk, the victim's equality answers), each with
 * a written definition, pre-aggregated by month so that dashboards and committee reports stay fast, published with
 * small numbers suppressed, and linked to the cases behind them for the people entitled to see those cases.
 */
@NullMarked
package tandem.reporting;

import org.jspecify.annotations.NullMarked;
