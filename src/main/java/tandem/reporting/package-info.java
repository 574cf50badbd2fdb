/**
 * Partnership reporting: figures counted from the record (referrals, risk, the victim's equality answers, MARAC
 * meetings and actions, services' casework and outcomes), each with a written definition, pre-aggregated by month so
 * that dashboards and committee reports stay fast, published with small numbers suppressed, and linked to the cases
 * behind them for the people entitled to see those cases; and the SafeLives MARAC data return of an area for a
 * quarter (ADR 0110).
 */
@NullMarked
package tandem.reporting;

import org.jspecify.annotations.NullMarked;
