-- A catch-up recounts a referral measure for the months that changed, by referral date (ADR 0090): with this index it
-- reads those months' referrals instead of every referral, once for each of the five referral measures.
create index referral_referred_on on referral (referred_on);
