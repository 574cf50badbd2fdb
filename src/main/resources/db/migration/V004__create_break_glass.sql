-- Emergency access to a case by someone outside its need-to-know circle: allowed, reasoned, time-limited, reviewed.

create table break_glass (
    id                  uuid primary key,
    case_id             uuid not null references case_file (id),
    user_id             uuid not null references app_user (id),
    reason              text not null check (length(reason) between 20 and 2000),
    granted_at          timestamptz not null,
    expires_at          timestamptz not null,
    reviewed_by         uuid references app_user (id),
    reviewed_at         timestamptz,
    review_note         text,
    version             integer not null default 0
);
create index break_glass_case_user on break_glass (case_id, user_id, expires_at);
create index break_glass_unreviewed on break_glass (granted_at) where reviewed_at is null;
