-- A person found to be the same as another is combined into them, not deleted: merged_into names the person kept, so
-- that separating them again restores both exactly. It always names a person who is not combined themselves.
alter table person add column merged_into uuid references person (id);
create index person_merged_into on person (merged_into) where merged_into is not null;
alter table person add constraint person_not_combined_into_itself check (merged_into <> id);
