-- Referrals, the risk assessments made with them and later, and the idempotency records of the referral API.

create table referral (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    referred_on             date not null,
    referring_agency_id     uuid not null references agency (id),
    referred_by_user_id     uuid references app_user (id),
    referred_by_client      text,
    channel                 text not null check (channel in ('PAGES', 'API')),
    victim_aware            boolean not null,
    consent                 text not null check (consent in ('GIVEN', 'NOT_GIVEN', 'NOT_SOUGHT')),
    lawful_basis            text,
    meets_marac_threshold   boolean not null,
    repeat_referral         boolean not null,
    victim_already_known    boolean not null,
    route                   text not null,
    created_at              timestamptz not null,
    check (consent = 'GIVEN' or lawful_basis is not null),
    check (referred_by_user_id is not null or referred_by_client is not null)
);
create index referral_case on referral (case_id, referred_on);
create index referral_agency on referral (referring_agency_id, created_at);
create index referral_user on referral (referred_by_user_id, created_at) where referred_by_user_id is not null;

-- Each assessment keeps the tool and version it was made with: a police DARA grading is not a Dash count.
create table risk_assessment (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    referral_id             uuid references referral (id),
    assessed_on             date not null,
    assessor_agency_id      uuid not null references agency (id),
    assessor_user_id        uuid references app_user (id),
    tool                    text not null,
    tool_version            text not null,
    answers                 jsonb,
    yes_count               integer,
    answered                integer,
    unknown_answers         integer,
    police_callouts         integer not null default 0,
    professional_judgement  boolean not null,
    judgement_reason        text,
    visible_high_risk       boolean not null,
    potential_escalation    boolean not null,
    repeat_referral         boolean not null,
    meets_marac_threshold   boolean not null,
    risk_level              text not null check (risk_level in ('STANDARD', 'MEDIUM', 'HIGH')),
    victim_view             text,
    -- Why, in the words shown to the referrer ("15 yes answers: visible high risk").
    reasons                 text[] not null default '{}',
    created_at              timestamptz not null,
    check (not professional_judgement or judgement_reason is not null)
);
create index risk_assessment_case on risk_assessment (case_id, assessed_on);

-- A retried API request with the same key returns the first answer; the key is scoped to the calling client.
create table api_idempotency (
    client_id               text not null,
    idempotency_key         text not null,
    request_digest          bytea not null,
    response_status         integer not null,
    response_body           text not null,
    created_at              timestamptz not null,
    primary key (client_id, idempotency_key)
);
create index api_idempotency_created on api_idempotency (created_at);
