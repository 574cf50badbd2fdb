-- A case sent from one area's MARAC to another's when the victim moves, and its acceptance there.
create table marac_transfer (
    id                  uuid primary key,
    case_id             uuid not null references case_file (id),
    from_area_id        uuid not null references area (id),
    to_area_id          uuid not null references area (id),
    reason              text not null,
    idva_handover       text not null,
    sent_by             uuid not null references app_user (id),
    sent_at             timestamptz not null,
    accepted_by         uuid references app_user (id),
    accepted_at         timestamptz,
    agenda_item_id      uuid references agenda_item (id),
    check (from_area_id <> to_area_id)
);
-- One transfer at a time for a case.
create unique index marac_transfer_pending on marac_transfer (case_id) where accepted_at is null;
create index marac_transfer_to on marac_transfer (to_area_id, sent_at) where accepted_at is null;
