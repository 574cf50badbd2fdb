-- The service directory (Open Referral UK core fields: organisation = agency, service, areas covered, eligibility,
-- languages, how to refer) and the onward referrals that flow through it. Reporting counts from these tables.

create table directory_service (
    id                      uuid primary key,
    agency_id               uuid not null references agency (id),
    name                    text not null,
    kind                    text not null check (kind in ('IDVA', 'REFUGE', 'FLOATING_SUPPORT', 'OUTREACH',
                                'CHILDREN_AND_YOUNG_PEOPLE', 'PERPETRATOR_PROGRAMME', 'HELPLINE', 'DROP_IN',
                                'COUNSELLING', 'SANCTUARY_SCHEME', 'OTHER')),
    description             text not null,
    area_ids                uuid[] not null,
    risk_levels             text[] not null,
    min_age                 integer check (min_age >= 0),
    max_age                 integer check (max_age >= 0),
    genders                 text,
    needs                   text,
    languages               text[] not null default '{}',
    how_to_refer            text not null,
    -- Refuge locations are never recorded: only the area it is in ("in area X").
    located_in_area_id      uuid references area (id),
    spaces_free             integer check (spaces_free >= 0),
    waiting_weeks           integer check (waiting_weeks >= 0),
    capacity_updated_at     timestamptz,
    -- Perpetrator programmes: whether people may join without a court or probation requirement.
    accepts_non_mandated    boolean not null default false,
    active                  boolean not null default true,
    version                 integer not null default 0,
    check (max_age is null or min_age is null or max_age >= min_age)
);
create index directory_service_agency on directory_service (agency_id);
create index directory_service_areas on directory_service using gin (area_ids);
comment on table directory_service is 'A service in the partnership directory; capacity is kept current by the providing agency.';
comment on column directory_service.located_in_area_id is 'For refuges: the area only. Never an address.';
comment on column directory_service.spaces_free is 'Spaces free now (refuges, programmes); never below zero.';

create table onward_referral (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    service_id              uuid not null references directory_service (id),
    -- The service's agency, copied so that "incoming referrals for my agency" needs no join.
    to_agency_id            uuid not null references agency (id),
    from_agency_id          uuid not null references agency (id),
    from_user_id            uuid references app_user (id),
    sent_at                 timestamptz not null,
    reason                  text not null,
    consent                 text not null check (consent in ('GIVEN', 'NOT_GIVEN')),
    lawful_basis            text,
    lawful_basis_note       text,
    -- What the referral shares with the receiving service, copied when sent: it sees this and nothing else.
    shared_subject          text not null check (shared_subject in ('VICTIM', 'PERPETRATOR')),
    shared_name             text,
    shared_date_of_birth    date,
    shared_contact          text,
    shared_contact_safe_times text,
    shared_risk_level       text,
    shared_children         text,
    status                  text not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'CLOSED')),
    decided_at              timestamptz,
    decided_by_user_id      uuid references app_user (id),
    decline_reason          text,
    -- Perpetrator programmes: engagement after acceptance.
    engagement              text check (engagement in ('ATTENDING', 'DROPPED_OUT', 'COMPLETED')),
    mandated                boolean,
    outcome                 text,
    closed_at               timestamptz,
    version                 integer not null default 0,
    check (consent = 'GIVEN' or (lawful_basis is not null and lawful_basis_note is not null)),
    check (status <> 'DECLINED' or decline_reason is not null)
);
create index onward_referral_case on onward_referral (case_id, sent_at);
create index onward_referral_to on onward_referral (to_agency_id, sent_at);
comment on table onward_referral is 'A referral from a case to a directory service: SENT, then ACCEPTED or DECLINED (with a reason), then CLOSED with an outcome.';
comment on column onward_referral.lawful_basis is 'Required when consent is NOT_GIVEN: the lawful basis for sharing without consent (audited as an override).';
comment on column onward_referral.engagement is 'Perpetrator programmes: ATTENDING, DROPPED_OUT or COMPLETED; with mandated = false these count as non-mandated perpetrators worked with.';
