-- Reporting recounts the months holding anything written since its last run (ADR 0090). These indexes let it find
-- those months in the MARAC and casework tables without reading every row, and the SafeLives return find a
-- quarter's meetings across areas.
create index marac_meeting_held on marac_meeting (held_on);
create index marac_action_created on marac_action (created_at);
create index marac_action_closed on marac_action (closed_at);
create index marac_action_due on marac_action (due_on);
create index support_case_received on support_case (received_at);
create index support_case_closed on support_case (closed_on);
create index support_case_first_contact on support_case (first_contact_at);
create index support_outcome_recorded on support_outcome (stage, recorded_at);
create index onward_referral_decided on onward_referral (decided_at);
create index onward_referral_closed on onward_referral (closed_at);
