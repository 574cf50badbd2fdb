-- IDVA and specialist-service casework: a service's own case ("support case") on a shared case_file.

-- A worker's full-time equivalent, for caseloads against SafeLives' 60-80 cases a year per full-time IDVA.
create table caseworker_fte (
    user_id                 uuid primary key references app_user (id),
    fte                     numeric(3, 2) not null check (fte > 0 and fte <= 1)
);

create table support_case (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    agency_id               uuid not null references agency (id),
    -- How the case arrived: a routed referral, an accepted onward referral, or a triage decision.
    source                  text not null check (source in ('REFERRAL', 'ONWARD_REFERRAL', 'TRIAGE')),
    onward_referral_id      uuid references onward_referral (id),
    received_at             timestamptz not null,
    worker_user_id          uuid references app_user (id),
    allocated_at            timestamptz,
    first_contact_at        timestamptz,
    review_due_on           date,
    closed_on               date,
    closure_reason          text check (closure_reason in ('SUPPORT_COMPLETE', 'DECLINED_SUPPORT', 'UNABLE_TO_CONTACT',
                                'DISENGAGED', 'MOVED_AWAY', 'REFERRED_ON', 'DECEASED', 'UNSAFE_TO_CONTACT', 'OTHER')),
    closure_note            text,
    version                 integer not null default 0,
    check ((closed_on is null) = (closure_reason is null))
);
create unique index support_case_open_once on support_case (case_id, agency_id) where closed_on is null;
create index support_case_agency on support_case (agency_id, closed_on);
create index support_case_worker on support_case (worker_user_id, closed_on);
comment on table support_case is 'A service''s casework on a case. Open while closed_on is null: "people currently supported" per agency.';
comment on column support_case.first_contact_at is 'The first successful contact; with received_at it gives the time to first contact.';
comment on column support_case.review_due_on is 'When risk should be reassessed; the caseload shows overdue reviews.';

create table support_case_allocation (
    id                      uuid primary key,
    support_case_id         uuid not null references support_case (id),
    allocated_at            timestamptz not null,
    worker_user_id          uuid not null references app_user (id),
    by_user_id              uuid references app_user (id),
    note                    text
);
create index support_case_allocation_case on support_case_allocation (support_case_id, allocated_at);
comment on table support_case_allocation is 'Every allocation and handover, so a case''s history of workers is kept.';

create table contact_log (
    id                      uuid primary key,
    support_case_id         uuid not null references support_case (id),
    occurred_at             timestamptz not null,
    method                  text not null check (method in ('PHONE', 'TEXT', 'EMAIL', 'IN_PERSON', 'VIA_PROFESSIONAL')),
    outcome                 text not null check (outcome in ('CONTACT_MADE', 'NO_ANSWER', 'NOT_SAFE_TO_TALK', 'MESSAGE_LEFT')),
    note                    text,
    by_user_id              uuid not null references app_user (id)
);
create index contact_log_case on contact_log (support_case_id, occurred_at);

create table needs_assessment (
    support_case_id         uuid primary key references support_case (id),
    needs                   text[] not null,
    -- Safe and Together: the perpetrator's pattern kept apart from the non-abusing parent's protective efforts.
    perpetrator_pattern     text,
    protective_efforts      text,
    assessed_at             timestamptz not null,
    version                 integer not null default 0
);

create table safety_plan (
    support_case_id         uuid primary key references support_case (id),
    staying_with_perpetrator boolean not null,
    plan                    text not null,
    updated_at              timestamptz not null,
    updated_by_user_id      uuid not null references app_user (id),
    version                 integer not null default 0
);

create table support_action (
    id                      uuid primary key,
    support_case_id         uuid not null references support_case (id),
    description             text not null,
    due_on                  date,
    done_at                 timestamptz
);
create index support_action_case on support_action (support_case_id);

-- SafeLives Insights style outcomes, at intake and at exit.
create table support_outcome (
    support_case_id         uuid not null references support_case (id),
    stage                   text not null check (stage in ('INTAKE', 'EXIT')),
    risk_level              text not null check (risk_level in ('STANDARD', 'MEDIUM', 'HIGH')),
    physical                text not null,
    sexual                  text not null,
    harassment_stalking     text not null,
    jealous_controlling     text not null,
    feels_safe              integer not null check (feels_safe between 0 and 10),
    wellbeing               integer not null check (wellbeing between 0 and 10),
    quality_of_life         integer not null check (quality_of_life between 0 and 10),
    recorded_at             timestamptz not null,
    primary key (support_case_id, stage)
);
comment on table support_outcome is 'Outcomes at INTAKE and EXIT; each abuse type is NONE, ONCE, MONTHLY, WEEKLY or DAILY. At exit NONE means it stopped.';
