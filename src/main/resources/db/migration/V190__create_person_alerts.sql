-- An alert tells one area's MARAC coordinators that a person in their cases is also a perpetrator with other victims,
-- or a victim in another area (doc/adr/0105). person_id is the area's own record of the person; case_ids are every
-- case of the person that the finding covered, kept only to tell whether a later finding is news after an
-- acknowledgement. Neither is ever shown to another area.
create table person_alert (
    id                  uuid primary key,
    area_id             uuid not null references area (id),
    person_id           uuid not null references person (id),
    kind                text not null check (kind in ('SERIAL_PERPETRATOR', 'REPEAT_VICTIM')),
    case_ids            uuid[] not null,
    raised_at           timestamptz not null,
    acknowledged_at     timestamptz,
    acknowledged_by     uuid references app_user (id),
    note                text,
    withdrawn_at        timestamptz,
    check (acknowledged_at is null or withdrawn_at is null)
);
create index person_alert_open on person_alert (area_id, raised_at) where acknowledged_at is null and withdrawn_at is null;
create index person_alert_person on person_alert (person_id);
