-- MARAC meetings, their agendas, each agency's research, what is shared at the meeting, and the actions agreed.

-- How often an area's MARAC meets; meetings are created from it as referrals need them.
create table marac_schedule (
    area_id             uuid primary key references area (id),
    first_meeting_on    date not null,
    every_weeks         integer not null check (every_weeks between 1 and 8),
    starts_at           time not null,
    venue               text not null,
    cut_off_working_days integer not null check (cut_off_working_days between 0 and 20),
    bank_holidays       text not null check (bank_holidays in ('ENGLAND_AND_WALES', 'SCOTLAND')),
    version             integer not null default 0
);

create table marac_meeting (
    id                  uuid primary key,
    area_id             uuid not null references area (id),
    held_on             date not null,
    starts_at           time not null,
    kind                text not null check (kind in ('SCHEDULED', 'EXTRA', 'EMERGENCY')),
    venue               text not null,
    chair_user_id       uuid references app_user (id),
    cut_off_on          date not null,
    -- A cancelled meeting stays, so the schedule does not create it again; only an empty agenda can be cancelled.
    cancelled_at        timestamptz,
    created_at          timestamptz not null,
    version             integer not null default 0
);
-- One scheduled meeting per area and date, so that two nodes creating the schedule's next meeting cannot both win.
create unique index marac_meeting_scheduled on marac_meeting (area_id, held_on) where kind = 'SCHEDULED';
create index marac_meeting_area on marac_meeting (area_id, held_on);

create table marac_invitation (
    meeting_id          uuid not null references marac_meeting (id),
    agency_id           uuid not null references agency (id),
    attendance          text not null default 'INVITED'
                        check (attendance in ('INVITED', 'PRESENT', 'APOLOGIES', 'INFORMATION_SENT')),
    primary key (meeting_id, agency_id)
);

-- Observers see nothing of a meeting until they have accepted its confidentiality statement.
create table marac_observer (
    meeting_id          uuid not null references marac_meeting (id),
    user_id             uuid not null references app_user (id),
    accepted_at         timestamptz,
    primary key (meeting_id, user_id)
);

create table agenda_item (
    id                  uuid primary key,
    meeting_id          uuid not null references marac_meeting (id),
    case_id             uuid not null references case_file (id),
    referral_id         uuid references referral (id),
    category            text not null check (category in ('EMERGENCY', 'REPEAT', 'TRANSFER_IN', 'NEW')),
    listed_at           timestamptz not null,
    status              text not null check (status in ('LISTED', 'MOVED', 'DEFERRED', 'WITHDRAWN', 'HEARD')),
    reason              text,
    -- The item this one continues when a case was moved or deferred from an earlier meeting.
    carried_from        uuid references agenda_item (id),
    deferred            boolean not null default false,
    transfer_from       text,
    victim_voice        text,
    risks_identified    text,
    version             integer not null default 0
);
-- A case is listed at most once on a meeting's live agenda.
create unique index agenda_item_listed on agenda_item (meeting_id, case_id) where status in ('LISTED', 'HEARD');
create index agenda_item_case on agenda_item (case_id, status);

-- Each agency's research for a case on the agenda: its own document until it shares it at the meeting.
create table marac_research (
    agenda_item_id      uuid not null references agenda_item (id),
    agency_id           uuid not null references agency (id),
    facts               text not null default '',
    opinion             text not null default '',
    withheld            text not null default '',
    withheld_reason     text not null default '',
    updated_by          uuid not null references app_user (id),
    updated_at          timestamptz not null,
    shared_at           timestamptz,
    version             integer not null default 0,
    primary key (agenda_item_id, agency_id)
);

-- What an agency shared at the meeting, attributed to it, as the chair or coordinator recorded it.
create table marac_shared_information (
    id                  uuid primary key,
    agenda_item_id      uuid not null references agenda_item (id),
    agency_id           uuid not null references agency (id),
    information         text not null,
    recorded_by         uuid not null references app_user (id),
    recorded_at         timestamptz not null
);
create index marac_shared_information_item on marac_shared_information (agenda_item_id, recorded_at);

create table marac_action (
    id                  uuid primary key,
    agenda_item_id      uuid not null references agenda_item (id),
    meeting_id          uuid not null references marac_meeting (id),
    case_id             uuid not null references case_file (id),
    agency_id           uuid not null references agency (id),
    owner_user_id       uuid not null references app_user (id),
    description         text not null,
    due_on              date not null,
    status              text not null default 'OPEN'
                        check (status in ('OPEN', 'DONE', 'CIRCUMSTANCES_CHANGED', 'NOT_DONE')),
    progress            text,
    outcome             text,
    closed_at           timestamptz,
    last_chased_on      date,
    created_at          timestamptz not null,
    version             integer not null default 0
);
create index marac_action_agency_open on marac_action (agency_id, due_on) where status = 'OPEN';
create index marac_action_overdue on marac_action (due_on) where status = 'OPEN';
create index marac_action_meeting on marac_action (meeting_id);

-- E-mails waiting to go, sent, or given up on. Bodies never carry personal data (ARCHITECTURE.md).
create table outbox_email (
    id                  uuid primary key,
    recipient           text not null,
    subject             text not null,
    body                text not null,
    -- The area whose coordinator hears of a delivery that keeps failing.
    area_id             uuid references area (id),
    status              text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer not null default 0,
    next_attempt_at     timestamptz not null,
    last_error          text,
    created_at          timestamptz not null,
    sent_at             timestamptz
);
create index outbox_email_due on outbox_email (next_attempt_at) where status = 'PENDING';
create index outbox_email_failed on outbox_email (area_id, created_at) where status = 'FAILED';
