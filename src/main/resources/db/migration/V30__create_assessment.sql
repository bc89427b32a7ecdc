-- 政绩考核: one plan (考核方案) per year holding that year's indicator library (dimensions and indicators, a copy
-- per year, so changing next year's never changes last year's results), the assessment groups with their units,
-- weights and targets, the data (statistics, hand-entered scores and events), and the computed scores and results.
CREATE SEQUENCE assessment_plans_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assessment_dimensions_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assessment_indicators_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assessment_groups_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assessment_weights_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assessment_values_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE assessment_plans (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             INT            NOT NULL,
    plan_year           INT            NOT NULL,
    name                VARCHAR(200)   NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    red_light_points    DECIMAL(9,4)   NOT NULL,
    overdue_points      DECIMAL(9,4)   NOT NULL,
    interview_points    DECIMAL(9,4)   NOT NULL,
    supervision_cap     DECIMAL(9,4)   NOT NULL,
    good_share          DECIMAL(5,4)   NOT NULL,
    fair_share          DECIMAL(5,4)   NOT NULL,
    poor_below          DECIMAL(9,4)   NOT NULL,
    min_statistics      DECIMAL(5,4)   NOT NULL,
    published_at        DATETIME(6)    NULL,
    scored_at           DATETIME(6)    NULL,
    last_actor          VARCHAR(64)    NOT NULL,
    last_acted_at       DATETIME(6)    NOT NULL,
    CONSTRAINT uk_assessment_plans_year UNIQUE (plan_year)
);

CREATE TABLE assessment_plans_aud (
    id                  BIGINT         NOT NULL,
    rev                 BIGINT         NOT NULL,
    revtype             TINYINT        NULL,
    plan_year           INT            NULL,
    name                VARCHAR(200)   NULL,
    status              VARCHAR(20)    NULL,
    red_light_points    DECIMAL(9,4)   NULL,
    overdue_points      DECIMAL(9,4)   NULL,
    interview_points    DECIMAL(9,4)   NULL,
    supervision_cap     DECIMAL(9,4)   NULL,
    good_share          DECIMAL(5,4)   NULL,
    fair_share          DECIMAL(5,4)   NULL,
    poor_below          DECIMAL(9,4)   NULL,
    min_statistics      DECIMAL(5,4)   NULL,
    published_at        DATETIME(6)    NULL,
    scored_at           DATETIME(6)    NULL,
    last_actor          VARCHAR(64)    NULL,
    last_acted_at       DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_plans_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE assessment_dimensions (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    plan_id     BIGINT        NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT uk_assessment_dimensions UNIQUE (plan_id, code),
    CONSTRAINT fk_assessment_dimensions_plan FOREIGN KEY (plan_id) REFERENCES assessment_plans (id)
);

CREATE TABLE assessment_dimensions_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    plan_id     BIGINT        NULL,
    code        VARCHAR(20)   NULL,
    name        VARCHAR(100)  NULL,
    sort_order  INT           NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_dimensions_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE assessment_indicators (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          INT            NOT NULL,
    plan_id          BIGINT         NOT NULL,
    dimension_id     BIGINT         NOT NULL,
    code             VARCHAR(20)    NOT NULL,
    name             VARCHAR(200)   NOT NULL,
    measure          VARCHAR(40)    NULL,
    direction        VARCHAR(20)    NOT NULL,
    data_source      VARCHAR(20)    NOT NULL,
    method           VARCHAR(20)    NOT NULL,
    cap              DECIMAL(9,4)   NULL,
    base             DECIMAL(9,4)   NULL,
    step             DECIMAL(9,4)   NULL,
    per_event        DECIMAL(9,4)   NULL,
    scoring_unit_id  BIGINT         NULL,
    definition       VARCHAR(2000)  NULL,
    sort_order       INT            NOT NULL,
    CONSTRAINT uk_assessment_indicators UNIQUE (plan_id, code),
    CONSTRAINT fk_assessment_indicators_plan FOREIGN KEY (plan_id) REFERENCES assessment_plans (id),
    CONSTRAINT fk_assessment_indicators_dimension FOREIGN KEY (dimension_id) REFERENCES assessment_dimensions (id),
    CONSTRAINT fk_assessment_indicators_scorer FOREIGN KEY (scoring_unit_id) REFERENCES units (id)
);

CREATE TABLE assessment_indicators_aud (
    id               BIGINT         NOT NULL,
    rev              BIGINT         NOT NULL,
    revtype          TINYINT        NULL,
    plan_id          BIGINT         NULL,
    dimension_id     BIGINT         NULL,
    code             VARCHAR(20)    NULL,
    name             VARCHAR(200)   NULL,
    measure          VARCHAR(40)    NULL,
    direction        VARCHAR(20)    NULL,
    data_source      VARCHAR(20)    NULL,
    method           VARCHAR(20)    NULL,
    cap              DECIMAL(9,4)   NULL,
    base             DECIMAL(9,4)   NULL,
    step             DECIMAL(9,4)   NULL,
    per_event        DECIMAL(9,4)   NULL,
    scoring_unit_id  BIGINT         NULL,
    definition       VARCHAR(2000)  NULL,
    sort_order       INT            NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_indicators_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE assessment_groups (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    plan_id     BIGINT        NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    total       DECIMAL(9,4)  NOT NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT uk_assessment_groups UNIQUE (plan_id, code),
    CONSTRAINT fk_assessment_groups_plan FOREIGN KEY (plan_id) REFERENCES assessment_plans (id)
);

CREATE TABLE assessment_groups_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    plan_id     BIGINT        NULL,
    code        VARCHAR(20)   NULL,
    name        VARCHAR(100)  NULL,
    total       DECIMAL(9,4)  NULL,
    sort_order  INT           NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_groups_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- A unit is in at most one group of a plan.
CREATE TABLE assessment_group_units (
    plan_id   BIGINT  NOT NULL,
    group_id  BIGINT  NOT NULL,
    unit_id   BIGINT  NOT NULL,
    PRIMARY KEY (plan_id, unit_id),
    CONSTRAINT fk_assessment_group_units_group FOREIGN KEY (group_id) REFERENCES assessment_groups (id),
    CONSTRAINT fk_assessment_group_units_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_assessment_group_units_group ON assessment_group_units (group_id);

CREATE TABLE assessment_weights (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       INT           NOT NULL,
    group_id      BIGINT        NOT NULL,
    indicator_id  BIGINT        NOT NULL,
    weight        DECIMAL(9,4)  NOT NULL,
    CONSTRAINT uk_assessment_weights UNIQUE (group_id, indicator_id),
    CONSTRAINT fk_assessment_weights_group FOREIGN KEY (group_id) REFERENCES assessment_groups (id),
    CONSTRAINT fk_assessment_weights_indicator FOREIGN KEY (indicator_id) REFERENCES assessment_indicators (id)
);

CREATE TABLE assessment_weights_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL,
    revtype       TINYINT       NULL,
    group_id      BIGINT        NULL,
    indicator_id  BIGINT        NULL,
    weight        DECIMAL(9,4)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_weights_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The data of one unit for one indicator: a statistic (value, last year's value, target) or a hand-entered
-- score or event count; every change is kept by Envers.
CREATE TABLE assessment_values (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       INT            NOT NULL,
    plan_id       BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    unit_id       BIGINT         NOT NULL,
    actual        DECIMAL(20,4)  NULL,
    previous      DECIMAL(20,4)  NULL,
    target        DECIMAL(20,4)  NULL,
    entered_by    VARCHAR(64)    NOT NULL,
    entered_at    DATETIME(6)    NOT NULL,
    CONSTRAINT uk_assessment_values UNIQUE (plan_id, indicator_id, unit_id),
    CONSTRAINT fk_assessment_values_indicator FOREIGN KEY (indicator_id) REFERENCES assessment_indicators (id),
    CONSTRAINT fk_assessment_values_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);

CREATE TABLE assessment_values_aud (
    id            BIGINT         NOT NULL,
    rev           BIGINT         NOT NULL,
    revtype       TINYINT        NULL,
    plan_id       BIGINT         NULL,
    indicator_id  BIGINT         NULL,
    unit_id       BIGINT         NULL,
    actual        DECIMAL(20,4)  NULL,
    previous      DECIMAL(20,4)  NULL,
    target        DECIMAL(20,4)  NULL,
    entered_by    VARCHAR(64)    NULL,
    entered_at    DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_assessment_values_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- Computed by the one calculation of a plan; written again (only what changed) on every rerun.
CREATE TABLE assessment_scores (
    plan_id       BIGINT         NOT NULL,
    unit_id       BIGINT         NOT NULL,
    indicator_id  BIGINT         NOT NULL,
    score         DECIMAL(12,4)  NOT NULL,
    formula       VARCHAR(20)    NOT NULL,
    inputs        VARCHAR(500)   NOT NULL,
    PRIMARY KEY (plan_id, unit_id, indicator_id)
);

CREATE TABLE assessment_results (
    plan_id        BIGINT         NOT NULL,
    unit_id        BIGINT         NOT NULL,
    group_id       BIGINT         NOT NULL,
    total          DECIMAL(12,4)  NOT NULL,
    rank_in_group  INT            NOT NULL,
    grade          VARCHAR(20)    NOT NULL,
    vetoed         BOOLEAN        NOT NULL,
    PRIMARY KEY (plan_id, unit_id)
);
CREATE INDEX ix_assessment_results_rank ON assessment_results (plan_id, group_id, rank_in_group);
