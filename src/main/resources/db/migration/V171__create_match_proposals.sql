-- The review queue of probable matches. Each pair of person records is stored once (the lower id first), so whatever
-- a pair's fate (open, confirmed, rejected, or confirmed and later separated) it is never proposed again.
create table match_proposal (
    id                    uuid primary key,
    person_low            uuid not null references person (id),
    person_high           uuid not null references person (id),
    probability           double precision not null check (probability >= 0 and probability <= 1),
    explanation           text not null,
    source                text not null check (source in ('REFERRAL', 'BATCH')),
    status                text not null check (status in ('OPEN', 'CONFIRMED', 'REJECTED', 'SEPARATED')),
    proposed_at           timestamptz not null,
    decided_by_user_id    uuid references app_user (id),
    decided_at            timestamptz,
    reason                text,
    -- On confirmation: the record kept and the record combined into it (each the head of its own set at the time).
    kept_person           uuid references person (id),
    combined_person       uuid references person (id),
    separated_by_user_id  uuid references app_user (id),
    separated_at          timestamptz,
    separation_reason     text,
    version               integer not null default 0,
    constraint match_proposal_pair_ordered check (person_low < person_high),
    constraint match_proposal_pair_once unique (person_low, person_high)
);
create index match_proposal_open on match_proposal (proposed_at) where status = 'OPEN';
create index match_proposal_high on match_proposal (person_high);

-- Records that had been combined into the combined person and were re-pointed to the kept one, so that separating
-- the pair points them back exactly.
create table match_proposal_repointed (
    proposal_id           uuid not null references match_proposal (id),
    person_id             uuid not null references person (id),
    primary key (proposal_id, person_id)
);
