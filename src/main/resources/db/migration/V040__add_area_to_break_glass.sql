-- Coordinators review the emergency access to their area's cases. The access module decides without reading case
-- tables (doc/adr/0002), so each grant carries its case's area and reference, copied when it is granted; both never
-- change once a case exists. Rows written by other means (scripts, demo data) get them from the case on insert.

alter table break_glass add column area_id uuid references area (id);
alter table break_glass add column case_reference text;

update break_glass b set area_id = c.area_id, case_reference = c.reference from case_file c where c.id = b.case_id;

create function fill_break_glass_case() returns trigger language plpgsql as $$
begin
    if new.area_id is null or new.case_reference is null then
        select c.area_id, c.reference into new.area_id, new.case_reference from case_file c where c.id = new.case_id;
    end if;
    return new;
end;
$$;

create trigger break_glass_case before insert on break_glass for each row execute function fill_break_glass_case();

alter table break_glass alter column area_id set not null;
alter table break_glass alter column case_reference set not null;

create index break_glass_area_unreviewed on break_glass (area_id, granted_at) where reviewed_at is null;
