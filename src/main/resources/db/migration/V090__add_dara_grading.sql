-- A police referral may carry the officer's DARA grading (College of Policing Domestic Abuse Risk Assessment)
-- instead of a Dash checklist: the grading as given, kept apart from the level the MARAC rules arrive at.
alter table risk_assessment add column dara_grading text check (dara_grading in ('STANDARD', 'MEDIUM', 'HIGH'));
