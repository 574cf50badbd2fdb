-- "Is this person already known?" for everyone a referral names (victim, perpetrators, children) in one call, planned
-- once a connection (ADR 0123). As a plain statement PostgreSQL planned it afresh on every call: it cannot see an
-- array parameter's length, so it costs the reusable plan for ten keys against the five a name has, and planning
-- took longer than running it. In a PL/pgSQL function that asks for the reusable plan, each connection plans it once.
-- The plan is the same either way: an index probe per key, then each candidate by id with their aliases.
create function person_candidates(keys bigint[], parties integer[], largest integer)
returns table (party integer, id uuid, kept uuid, given_name text, family_name text, date_of_birth date, gender text,
               alias_given text[], alias_family text[])
language plpgsql stable
set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    -- keys[i] was made for the party numbered parties[i]. Materialised, or PostgreSQL reads each key's block twice:
    -- once to measure it and once to use it. A block larger than the largest is passed over. A person found by
    -- several keys of one party is read once for that party.
    return query
    with block as materialized (
        select q.party, array(select k.person_id from person_match_key k where k.key = q.key limit largest + 1) as people
        from unnest(keys, parties) as q (key, party)),
    sought as (
        select distinct b.party, c.person_id
        from block b cross join unnest(b.people) as c (person_id)
        where cardinality(b.people) <= largest)
    select s.party, p.id, coalesce(p.merged_into, p.id), p.given_name, p.family_name, p.date_of_birth, p.gender,
           coalesce(a.given, '{}'), coalesce(a.family, '{}')
    from sought s
    join person p on p.id = s.person_id
    cross join lateral (
        select array_agg(l.given_name order by l.position) as given, array_agg(l.family_name order by l.position) as family
        from person_alias l where l.person_id = p.id) a;
end
$$;
