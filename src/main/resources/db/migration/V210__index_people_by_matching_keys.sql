-- "Is this person already known?" looks people up by the matching engine's blocking keys (ADR 0120): hashes of name
-- codes and date-of-birth parts, several per name, so that one error leaves another key in common. The engine
-- computes them in Java, so the table is filled as people are added and caught up by a job for people loaded in bulk.
create table person_match_key (
    key        bigint not null,
    person_id  uuid   not null references person (id) on delete cascade,
    primary key (key, person_id)
);
create index person_match_key_person on person_match_key (person_id);

-- Which version of the keys the table holds: a change to how keys are made rebuilds it rather than mixing two kinds.
create table person_match_key_scheme (
    version  integer not null
);
