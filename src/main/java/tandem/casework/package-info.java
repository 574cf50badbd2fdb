/**
 * IDVA and specialist-service casework: a service's own case on the shared case record, opened when a referral is
 * routed to the service, a triage meeting sends it, or the service accepts an onward referral. Allocation and
 * handover, caseloads against the SafeLives guide, safe contact, needs, safety plans, actions, outcomes at intake and
 * exit, reassessment reminders and closure with a reason.
 */
@NullMarked
package tandem.casework;

import org.jspecify.annotations.NullMarked;
