-- 政绩考核 results procedure: 初步结果 (PUBLISHED) → 公示 (PUBLICITY) for a number of working days → 申诉 →
-- 最终结果 (FINAL, locked). The plan keeps its 公示 window (start, working days, end: both ends inclusive)
-- and who made the results final; each appeal names a unit and an indicator, and on acceptance the
-- corrected values it wrote into the plan's data.
ALTER TABLE assessment_plans ADD COLUMN publicity_start DATE NULL;
ALTER TABLE assessment_plans ADD COLUMN publicity_days INT NULL;
ALTER TABLE assessment_plans ADD COLUMN publicity_end DATE NULL;
ALTER TABLE assessment_plans ADD COLUMN finalized_at DATETIME(6) NULL;
ALTER TABLE assessment_plans ADD COLUMN finalized_by VARCHAR(64) NULL;

ALTER TABLE assessment_plans_aud ADD COLUMN publicity_start DATE NULL;
ALTER TABLE assessment_plans_aud ADD COLUMN publicity_days INT NULL;
ALTER TABLE assessment_plans_aud ADD COLUMN publicity_end DATE NULL;
ALTER TABLE assessment_plans_aud ADD COLUMN finalized_at DATETIME(6) NULL;
ALTER TABLE assessment_plans_aud ADD COLUMN finalized_by VARCHAR(64) NULL;

CREATE SEQUENCE assessment_appeals_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE assessment_appeals (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             INT            NOT NULL,
    plan_id             BIGINT         NOT NULL,
    unit_id             BIGINT         NOT NULL,
    indicator_id        BIGINT         NOT NULL,
    reason              VARCHAR(1000)  NOT NULL,
    evidence            VARCHAR(2000)  NULL,
    filed_by            VARCHAR(64)    NOT NULL,
    filed_at            DATETIME(6)    NOT NULL,
    received_on         DATE           NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    decision_reason     VARCHAR(1000)  NULL,
    decided_by          VARCHAR(64)    NULL,
    decided_at          DATETIME(6)    NULL,
    corrected_actual    DECIMAL(20,4)  NULL,
    corrected_previous  DECIMAL(20,4)  NULL,
    corrected_target    DECIMAL(20,4)  NULL,
    CONSTRAINT fk_assessment_appeals_plan FOREIGN KEY (plan_id) REFERENCES assessment_plans (id),
    CONSTRAINT fk_assessment_appeals_unit FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_assessment_appeals_indicator FOREIGN KEY (indicator_id) REFERENCES assessment_indicators (id)
);
CREATE INDEX ix_assessment_appeals_plan ON assessment_appeals (plan_id, status, received_on);
CREATE INDEX ix_assessment_appeals_unit ON assessment_appeals (unit_id, indicator_id);

CREATE TABLE assessment_appeals_aud (
    id                  BIGINT         NOT NULL,
    rev                 BIGINT         NOT NULL,
    revtype             TINYINT        NULL,
    plan_id             BIGINT         NULL,
    unit_id             BIGINT         NULL,
    indicator_id        BIGINT         NULL,
    reason              VARCHAR(1000)  NULL,
    evidence            VARCHAR(2000)  NULL,
    filed_by            VARCHAR(64)    NULL,
    filed_at            DATETIME(6)    NULL,
    received_on         DATE           NULL,
    status              VARCHAR(20)    NULL,
    decision_reason     VARCHAR(1000)  NULL,
    decided_by          VARCHAR(64)    NULL,
    decided_at          DATETIME(6)    NULL,
    corrected_actual    DECIMAL(20,4)  NULL,
    corrected_previous  DECIMAL(20,4)  NULL,
    corrected_target    DECIMAL(20,4)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_appeals_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
