-- Batch deduplication of the person index (issue 5, item 5): one row per run, nightly or asked for by an
-- administrator, with its progress while it runs and its figures once finished. A run that was still "running" when
-- its node stopped is marked interrupted by the next run, which can only start once the first no longer holds the job.
create table person_dedup_run (
    id              uuid primary key,
    trigger         text not null check (trigger in ('nightly', 'administrator')),
    -- The opaque actor id (user:…) of the administrator who asked for it; null for the nightly run.
    requested_by    text,
    threshold       double precision not null,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    state           text not null check (state in ('running', 'finished', 'failed', 'interrupted')),
    phase           text not null check (phase in ('reading', 'weighing', 'comparing', 'clustering', 'storing', 'done')),
    people_read     bigint not null default 0,
    pairs_compared  bigint not null default 0,
    pairs_proposed  bigint not null default 0,
    pairs_held_apart bigint not null default 0,
    clusters        integer not null default 0
);
create index person_dedup_run_started on person_dedup_run (started_at desc);

-- The pairs a run proposes, each in its cluster (numbered from 1 within the run), and the pairs the twins rule held
-- apart (cluster null): probable on their own, but they would put two possible twins into one cluster.
create table person_dedup_pair (
    run_id          uuid not null references person_dedup_run (id) on delete cascade,
    cluster         integer,
    first_person    uuid not null references person (id) on delete cascade,
    second_person   uuid not null references person (id) on delete cascade,
    probability     double precision not null,
    explanation     text not null,
    primary key (run_id, first_person, second_person)
);
create index person_dedup_pair_cluster on person_dedup_pair (run_id, cluster);
