-- A national duplicate check stores millions of pairs, so only the latest checks keep theirs (ADR 0104). An older
-- check keeps its row and figures, and its report says when its pairs were removed rather than that it found none.
alter table person_dedup_run add column pairs_removed_at timestamptz;
