-- Who gave each Dash answer when it was not the victim ("Police officer at the scene"), by question key:
-- {"q1": "…"}. A column of its own rather than a new shape for "answers": every stored assessment keeps the
-- shape readers already rely on ({"q1": "YES", …}), and no row has to be rewritten.
alter table risk_assessment add column answer_sources jsonb not null default '{}'::jsonb;
