-- Person matching at referral time reads candidates by date of birth (also with day and month swapped) and by
-- family name, including aliases; these indexes keep that a few index look-ups however many people are held.
create index person_date_of_birth on person (date_of_birth);
create index person_alias_family_name on person_alias (lower(family_name));
