-- Partnership reporting: pre-aggregated monthly counts, the refresh watermark, and the analyst's settings.

-- One row per area, month, measure and category of one breakdown ("total"/"all" for the plain count). Figures are
-- sums over these rows, so a five-year national dashboard reads thousands of rows, not millions of referrals.
create table report_monthly_count (
    measure             text not null,
    breakdown           text not null,
    category            text not null,
    month               date not null check (extract(day from month) = 1),
    area_id             uuid not null references area (id),
    amount              bigint not null,
    primary key (measure, breakdown, month, area_id, category)
);

-- When the counts were last brought up to date, and up to which referral (by creation time) they include.
create table report_refresh (
    id                  boolean primary key default true check (id),
    refreshed_at        timestamptz not null,
    included_up_to      timestamptz not null,
    full_rebuild_at     timestamptz not null
);

-- Adult female (16+) population of an area, for cases per 10,000 adult females (SafeLives' method).
create table report_area_population (
    area_id             uuid primary key references area (id),
    adult_females       integer not null check (adult_females > 0),
    source              text not null,
    version             integer not null default 0
);

-- The partnership's publication rule: counts from 1 to suppress_below - 1 are never published.
create table report_setting (
    id                  boolean primary key default true check (id),
    suppress_below      integer not null check (suppress_below between 1 and 50),
    version             integer not null default 0
);
insert into report_setting (id, suppress_below) values (true, 5);

-- The refresh finds the months touched since it last ran by the referrals created since then.
create index referral_created on referral (created_at);
