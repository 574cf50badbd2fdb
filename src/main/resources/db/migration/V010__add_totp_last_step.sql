-- The last TOTP time step accepted for each user. A code is accepted only for a later step, so a code that was
-- seen (over a shoulder, in a proxy log) cannot be used again within its validity window.
alter table app_user add column totp_last_step bigint;
