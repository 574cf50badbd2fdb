-- A referral being written: only its author may see or change it, and it outlives the session that started it so
-- that nothing typed is lost when a session times out. The typed values are kept as entered (JSON, field name to
-- text) until the referral is sent, then the draft is deleted.
create table referral_draft (
    id          uuid primary key,
    author_id   uuid not null references app_user (id),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0,
    answers     jsonb not null default '{}'::jsonb
);
create index referral_draft_author on referral_draft (author_id, updated_at desc);
