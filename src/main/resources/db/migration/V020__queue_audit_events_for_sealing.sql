-- The sealer's work queue (doc/adr/0003). Each inserted audit event is queued by a trigger in the inserting
-- transaction, so an event enters the queue exactly when it commits, even when it commits after events with
-- higher ids have been sealed, and never when its transaction rolls back. The sealer reads the queue in event id
-- order and removes what it seals, so finding the waiting events costs the same at ten rows as at ten million.
-- The queue is not evidence: the chain check looks for unsealed events in audit_event itself.

create table audit_unsealed (
    event_id            bigint primary key
);

create function queue_audit_events_for_sealing() returns trigger language plpgsql as $$
begin
    insert into audit_unsealed (event_id) select id from inserted;
    return null;
end;
$$;

-- Statement level with a transition table: one insert into the queue per statement, also for bulk loads.
create trigger audit_event_queue_for_sealing after insert on audit_event
    referencing new table as inserted
    for each statement execute function queue_audit_events_for_sealing();

insert into audit_unsealed (event_id)
select e.id from audit_event e where not exists (select 1 from audit_seal s where s.event_id = e.id);
