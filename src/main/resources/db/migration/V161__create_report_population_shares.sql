-- The share of an area's adult population in each category of an equality breakdown (e.g. the ONS 2021 ethnic
-- groups), as the analyst recorded it from the census, for comparing who is referred with who lives there.
create table report_population_share (
    area_id             uuid not null references area (id),
    breakdown           text not null,
    category            text not null,
    percent             numeric(5, 2) not null check (percent between 0 and 100),
    source              text not null,
    primary key (area_id, breakdown, category)
);
