-- Areas, agencies, the people who work in them, and the agency systems that call the API.

create table area (
    id                  uuid primary key,
    code                text not null unique check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name                text not null,
    totp_required       boolean not null default false,
    version             integer not null default 0
);

create table agency (
    id                  uuid primary key,
    area_id             uuid not null references area (id),
    code                text not null check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    name                text not null,
    sector              text not null,
    active              boolean not null default true,
    version             integer not null default 0,
    unique (area_id, code)
);

create table app_user (
    id                  uuid primary key,
    agency_id           uuid not null references agency (id),
    username            text not null,
    display_name        text not null,
    email               text,
    password_hash       text,
    totp_secret         text,
    external_subject    text unique,
    enabled             boolean not null default true,
    failed_sign_ins     integer not null default 0,
    locked_until        timestamptz,
    last_signed_in_at   timestamptz,
    created_at          timestamptz not null default now(),
    version             integer not null default 0
);
create unique index app_user_username on app_user (lower(username));
create index app_user_agency on app_user (agency_id);

create table user_role (
    user_id             uuid not null references app_user (id) on delete cascade,
    role                text not null,
    primary key (user_id, role)
);

create table api_client (
    id                  uuid primary key,
    client_id           text not null unique,
    agency_id           uuid not null references agency (id),
    secret_hash         text not null,
    description         text not null,
    created_at          timestamptz not null default now(),
    revoked_at          timestamptz
);

-- Access tokens are random and long, so a plain SHA-256 digest is enough to keep them useless if this table leaks.
create table api_token (
    token_digest        bytea primary key,
    api_client_id       uuid not null references api_client (id),
    issued_at           timestamptz not null,
    expires_at          timestamptz not null
);
create index api_token_expiry on api_token (expires_at);
