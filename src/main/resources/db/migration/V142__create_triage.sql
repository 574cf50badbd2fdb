-- The daily domestic abuse meeting (or MASH) queue: new referrals for an area waiting for a route.
create table triage_item (
    id                      uuid primary key,
    case_id                 uuid not null references case_file (id),
    referral_id             uuid not null unique references referral (id),
    area_id                 uuid not null references area (id),
    received_at             timestamptz not null,
    route                   text check (route in ('MARAC', 'IDVA', 'SERVICE', 'EARLY_HELP', 'NO_FURTHER_ACTION')),
    service_id              uuid references directory_service (id),
    reason                  text,
    decided_at              timestamptz,
    decided_by_user_id      uuid references app_user (id),
    version                 integer not null default 0,
    check (route is null or decided_at is not null),
    check (route <> 'NO_FURTHER_ACTION' or reason is not null),
    check (route <> 'SERVICE' or service_id is not null)
);
create index triage_item_waiting on triage_item (area_id, received_at) where route is null;
comment on table triage_item is 'One routed referral in an area''s triage queue; waiting while route is null. decided_at - received_at is how long it waited.';

create table triage_action (
    id                      uuid primary key,
    triage_item_id          uuid not null references triage_item (id),
    position                integer not null,
    description             text not null,
    unique (triage_item_id, position)
);
