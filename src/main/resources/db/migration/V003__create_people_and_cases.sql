-- People and the shared case record that links a victim, perpetrators and children to the agencies involved.

create table person (
    id                  uuid primary key,
    given_name          text,
    family_name         text,
    date_of_birth       date,
    gender              text,
    ethnicity           text,
    disability          text,
    sexual_orientation  text,
    gender_identity     text,
    religion            text,
    first_language      text,
    interpreter_needed  boolean,
    -- Where someone is, never a refuge address: e.g. "In refuge, south area".
    location_note       text,
    created_at          timestamptz not null default now(),
    version             integer not null default 0
);
create index person_name_dob on person (lower(family_name), lower(given_name), date_of_birth);

create table person_alias (
    person_id           uuid not null references person (id) on delete cascade,
    position            integer not null,
    given_name          text,
    family_name         text,
    primary key (person_id, position)
);

create table contact_detail (
    person_id           uuid not null references person (id) on delete cascade,
    position            integer not null,
    kind                text not null check (kind in ('PHONE', 'EMAIL', 'ADDRESS')),
    value               text not null,
    safe_to_use         boolean not null,
    safe_times          text,
    note                text,
    primary key (person_id, position)
);

create table case_file (
    id                  uuid primary key,
    reference           text not null unique,
    area_id             uuid not null references area (id),
    opened_on           date not null,
    closed_on           date,
    restricted          boolean not null default false,
    risk_level          text,
    created_at          timestamptz not null default now(),
    version             integer not null default 0
);
create index case_file_area on case_file (area_id, opened_on);

create table case_party (
    case_id             uuid not null references case_file (id) on delete cascade,
    person_id           uuid not null references person (id),
    role                text not null check (role in ('VICTIM', 'PERPETRATOR', 'CHILD')),
    relationship        text,
    primary key (case_id, person_id, role)
);
create index case_party_person on case_party (person_id);

create table case_agency (
    case_id             uuid not null references case_file (id) on delete cascade,
    agency_id           uuid not null references agency (id),
    involved_since      date not null,
    primary key (case_id, agency_id)
);
create index case_agency_agency on case_agency (agency_id, case_id);

-- For restricted cases (e.g. a party works in a partner agency): the only users who may see them.
create table case_named_user (
    case_id             uuid not null references case_file (id) on delete cascade,
    user_id             uuid not null references app_user (id),
    primary key (case_id, user_id)
);

create sequence case_reference_seq;
