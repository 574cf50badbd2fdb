-- The audit trail. Events are written freely inside each use case's transaction; a sealer later chains committed
-- events in the order it seals them, so no request waits on a chain-wide lock (see doc/adr/0003).

create table audit_event (
    id                  bigint generated always as identity primary key,
    occurred_at         timestamptz not null,
    actor_id            text not null,
    actor_name          text not null,
    actor_agency        text,
    action              text not null,
    subject_type        text not null,
    subject_id          text,
    case_id             uuid,
    outcome             text not null,
    detail              text,
    correlation_id      text not null
);
create index audit_event_case on audit_event (case_id, occurred_at) where case_id is not null;
create index audit_event_actor on audit_event (actor_id, occurred_at);
create index audit_event_occurred on audit_event (occurred_at);

create table audit_seal (
    sequence            bigint primary key,
    event_id            bigint not null unique,
    previous_hash       bytea not null,
    hash                bytea not null,
    sealed_at           timestamptz not null
);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail is append-only: % on % is refused', tg_op, tg_table_name;
end;
$$;

create trigger audit_event_append_only before update or delete or truncate on audit_event
    for each statement execute function refuse_audit_change();
create trigger audit_seal_append_only before update or delete or truncate on audit_seal
    for each statement execute function refuse_audit_change();
