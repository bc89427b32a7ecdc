-- 四法管控 with their own rules, and the escalation ladder counted per responsible cadre.
-- An item has a type (审核备案类, 工业项目, 在建项目, 民生实事, 工业增长点); each type names the control method a
-- new item of that type starts with (changeable per item). 状态监测 judges the value of the current period
-- (the month it was reported in) against a band: green at or above the target, yellow down to the floor,
-- red below it.
ALTER TABLE supervision_items ADD COLUMN item_type VARCHAR(20) NOT NULL DEFAULT 'CONSTRUCTION';
ALTER TABLE supervision_items ADD COLUMN monitor_floor DECIMAL(18,2) NULL;
ALTER TABLE supervision_items ADD COLUMN monitor_on DATE NULL;
ALTER TABLE supervision_items_aud ADD COLUMN item_type VARCHAR(20) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN monitor_floor DECIMAL(18,2) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN monitor_on DATE NULL;

UPDATE supervision_items SET item_type = CASE control_method
    WHEN 'MILESTONE' THEN 'FILING' WHEN 'BENCHMARK' THEN 'INDUSTRIAL' WHEN 'MONITOR' THEN 'GROWTH'
    ELSE 'CONSTRUCTION' END;

CREATE TABLE supervision_type_methods (
    item_type       VARCHAR(20)  NOT NULL PRIMARY KEY,
    version         INT          NOT NULL,
    control_method  VARCHAR(20)  NOT NULL,
    sort_order      INT          NOT NULL
);

CREATE TABLE supervision_type_methods_aud (
    item_type       VARCHAR(20)  NOT NULL,
    rev             BIGINT       NOT NULL,
    revtype         TINYINT      NULL,
    control_method  VARCHAR(20)  NULL,
    sort_order      INT          NULL,
    PRIMARY KEY (item_type, rev),
    CONSTRAINT fk_supervision_type_methods_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

INSERT INTO supervision_type_methods (item_type, version, control_method, sort_order) VALUES
    ('FILING', 0, 'MILESTONE', 1),
    ('INDUSTRIAL', 0, 'BENCHMARK', 2),
    ('CONSTRUCTION', 0, 'GANTT', 3),
    ('LIVELIHOOD', 0, 'MILESTONE', 4),
    ('GROWTH', 0, 'MONITOR', 5);

-- 一次提醒、二次约谈、三次调整 per responsible cadre within the plan year (starting on the 1st of
-- escalation_year_start): the interview_at_red-th red on any of his items is an interview, the
-- adjust_at_red-th and later a proposal to adjust. red_count stays the item's own count (its history);
-- cadre_red_count is the cadre's count in the window, which chose the rung.
ALTER TABLE light_settings ADD COLUMN escalation_year_start INT NOT NULL DEFAULT 1;
ALTER TABLE light_settings ADD COLUMN interview_at_red INT NOT NULL DEFAULT 2;
ALTER TABLE light_settings ADD COLUMN adjust_at_red INT NOT NULL DEFAULT 3;
ALTER TABLE light_settings_aud ADD COLUMN escalation_year_start INT NULL;
ALTER TABLE light_settings_aud ADD COLUMN interview_at_red INT NULL;
ALTER TABLE light_settings_aud ADD COLUMN adjust_at_red INT NULL;

ALTER TABLE escalations ADD COLUMN cadre_red_count INT NOT NULL DEFAULT 0;
ALTER TABLE escalations_aud ADD COLUMN cadre_red_count INT NULL;
UPDATE escalations SET cadre_red_count = red_count;
CREATE INDEX ix_escalations_cadre ON escalations (cadre_id, raised_on);
