-- An area's own MARAC thresholds; an area without a row uses SafeLives' (RiskThresholds.SAFELIVES_DEFAULTS).

create table area_risk_thresholds (
    area_id                     uuid primary key references area (id),
    visible_high_risk_yes_count integer not null check (visible_high_risk_yes_count between 1 and 24),
    medium_risk_yes_count       integer not null check (medium_risk_yes_count between 1 and 24),
    escalation_callouts         integer not null check (escalation_callouts >= 1),
    repeat_window_months        integer not null check (repeat_window_months between 1 and 60),
    repeat_definition           text not null check (repeat_definition in ('ANY_ABUSE', 'CRIMINAL_BEHAVIOUR_ONLY')),
    version                     integer not null default 0,
    check (medium_risk_yes_count <= visible_high_risk_yes_count)
);
