-- "Is this person already known?" runs two or three times a referral. PostgreSQL planned its statement afresh each
-- time, because the plan it would reuse is costed for ten keys rather than the five a name has, and planning took
-- longer than running it (0.2 ms against 0.16 ms). In a function that asks for the reusable plan, each connection
-- plans it once (ADR 0123). The plan is the same either way: an index probe per key, then each candidate by id.
create function person_candidates(keys bigint[], largest integer)
returns table (id uuid, kept uuid, given_name text, family_name text, date_of_birth date, gender text,
               alias_given text[], alias_family text[])
language plpgsql stable
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    -- Materialised, or PostgreSQL reads each key's block twice: once to measure it and once to use it. A block larger
    -- than the largest is passed over. Each candidate's aliases are read once for both names.
    return query
    with block as materialized (
        select array(select k.person_id from person_match_key k where k.key = q.key limit largest + 1) as people
        from unnest(keys) as q (key))
    select p.id, coalesce(p.merged_into, p.id), p.given_name, p.family_name, p.date_of_birth, p.gender,
           coalesce(a.given, '{}'), coalesce(a.family, '{}')
    from person p
    cross join lateral (
        select array_agg(l.given_name order by l.position) as given, array_agg(l.family_name order by l.position) as family
        from person_alias l where l.person_id = p.id) a
    where p.id in (select unnest(b.people) from block b where cardinality(b.people) <= largest);
end
$$;
