/**
 * MARAC coordination: each area's schedule and meetings, agendas that build themselves from referrals meeting the
 * threshold, each agency's private research, the meeting screen, timed actions chased to done, minutes, the 12-month
 * repeat window and transfers between areas. Who may see a case is still decided by the access module.
 */
@NullMarked
package tandem.marac;

import org.jspecify.annotations.NullMarked;
