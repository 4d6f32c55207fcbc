-- Issue 15: a folder filled by "demo" says so on every screen until the demo data is removed. Folders filled before
-- this version are recognised by the demo load's summary row in the audit log (read through audit_by_key).
INSERT INTO app_setting (setting_key, setting_value)
SELECT 'demo.loaded', 'true' FROM (VALUES 1)
WHERE EXISTS (SELECT 1 FROM audit_log WHERE table_name = 'price_observation' AND row_key = 'demo')
  AND NOT EXISTS (SELECT 1 FROM app_setting WHERE setting_key = 'demo.loaded');
