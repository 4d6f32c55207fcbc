-- Alert thresholds per commodity (DESIGN §5), seeded from each commodity's group: staples rise 5/10/20 %,
-- volatile groups (cabai, bawang) 15/30/50 %; reference gap 0/5/15 %; days of WULANDARI cover 7/3/1.
CREATE TABLE alert_threshold (
    commodity_id  INT PRIMARY KEY REFERENCES commodity (id),
    ref_waspada   DECIMAL(8, 2) NOT NULL,
    ref_siaga     DECIMAL(8, 2) NOT NULL,
    ref_awas      DECIMAL(8, 2) NOT NULL,
    rise_waspada  DECIMAL(8, 2) NOT NULL,
    rise_siaga    DECIMAL(8, 2) NOT NULL,
    rise_awas     DECIMAL(8, 2) NOT NULL,
    cover_waspada DECIMAL(8, 2) NOT NULL,
    cover_siaga   DECIMAL(8, 2) NOT NULL,
    cover_awas    DECIMAL(8, 2) NOT NULL,
    CHECK (ref_waspada <= ref_siaga AND ref_siaga <= ref_awas),
    CHECK (rise_waspada <= rise_siaga AND rise_siaga <= rise_awas),
    CHECK (cover_waspada >= cover_siaga AND cover_siaga >= cover_awas AND cover_awas >= 0)
);

INSERT INTO alert_threshold (commodity_id, ref_waspada, ref_siaga, ref_awas, rise_waspada, rise_siaga, rise_awas,
                             cover_waspada, cover_siaga, cover_awas)
SELECT c.id, 0, 5, 15,
       CASE WHEN g.volatile_group THEN 15 ELSE 5 END,
       CASE WHEN g.volatile_group THEN 30 ELSE 10 END,
       CASE WHEN g.volatile_group THEN 50 ELSE 20 END,
       7, 3, 1
FROM commodity c JOIN commodity_group g ON g.id = c.group_id;

-- Missing reports are alerts only after the cut-off of a working day.
MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES ('report.cutoff', '12:00');
MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key)
    VALUES ('report.working_days', 'MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY');
