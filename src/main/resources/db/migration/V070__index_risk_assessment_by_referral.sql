-- Every referral's answer is read back by referral id (Referrals.outcome joins risk_assessment on referral_id).
-- Without this index that join scans every assessment ever made: at a million cases it was the slowest statement
-- on the referral path (measured by the referrals benchmark, see README "Benchmarks").
create index risk_assessment_referral on risk_assessment (referral_id);
