-- The alert list shows an area's alerts acknowledged in the last 90 days, most recent first.
create index person_alert_acknowledged on person_alert (area_id, acknowledged_at) where acknowledged_at is not null;
