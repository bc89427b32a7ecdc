-- 大督办: sections and aspects (reference data), light settings, items with units, responsible cadres and
-- milestones, progress reports, the history of every light change, and the escalation ladder.
CREATE SEQUENCE supervision_sections_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE supervision_aspects_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE supervision_items_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE milestones_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE progress_reports_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE report_attachments_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE light_changes_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE escalations_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE supervision_item_numbers_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE supervision_sections (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL
);

CREATE TABLE supervision_sections_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    name_zh     VARCHAR(100)  NULL,
    name_en     VARCHAR(200)  NULL,
    sort_order  INT           NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_supervision_sections_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE supervision_aspects (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    section_id  BIGINT        NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT fk_supervision_aspects_section FOREIGN KEY (section_id) REFERENCES supervision_sections (id)
);

CREATE TABLE supervision_aspects_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    section_id  BIGINT        NULL,
    name_zh     VARCHAR(100)  NULL,
    name_en     VARCHAR(200)  NULL,
    sort_order  INT           NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_supervision_aspects_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- One row: the light rule's settings [D].
CREATE TABLE light_settings (
    id                 BIGINT  NOT NULL PRIMARY KEY,
    version            INT     NOT NULL,
    yellow_days        INT     NOT NULL,
    yellow_lag_points  INT     NOT NULL
);

CREATE TABLE light_settings_aud (
    id                 BIGINT   NOT NULL,
    rev                BIGINT   NOT NULL,
    revtype            TINYINT  NULL,
    yellow_days        INT      NULL,
    yellow_lag_points  INT      NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_light_settings_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE supervision_items (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    version            INT            NOT NULL,
    item_no            VARCHAR(32)    NOT NULL,
    title              VARCHAR(200)   NOT NULL,
    description        VARCHAR(2000)  NULL,
    aspect_id          BIGINT         NOT NULL,
    control_method     VARCHAR(20)    NOT NULL,
    lead_unit_id       BIGINT         NOT NULL,
    supervisor         VARCHAR(64)    NOT NULL,
    supervisor_name    VARCHAR(64)    NOT NULL,
    start_date         DATE           NOT NULL,
    end_date           DATE           NOT NULL,
    benchmark_item_id  BIGINT         NULL,
    monitor_name       VARCHAR(100)   NULL,
    monitor_target     DECIMAL(18,2)  NULL,
    monitor_actual     DECIMAL(18,2)  NULL,
    status             VARCHAR(20)    NOT NULL,
    online_on          DATE           NULL,
    closed_on          DATE           NULL,
    actual_progress    INT            NOT NULL,
    light              VARCHAR(10)    NOT NULL,
    CONSTRAINT uk_supervision_items_no UNIQUE (item_no),
    CONSTRAINT fk_supervision_items_aspect FOREIGN KEY (aspect_id) REFERENCES supervision_aspects (id),
    CONSTRAINT fk_supervision_items_unit FOREIGN KEY (lead_unit_id) REFERENCES units (id),
    CONSTRAINT fk_supervision_items_benchmark FOREIGN KEY (benchmark_item_id) REFERENCES supervision_items (id)
);
CREATE INDEX ix_supervision_items_unit ON supervision_items (lead_unit_id);
CREATE INDEX ix_supervision_items_status_light ON supervision_items (status, light);
CREATE INDEX ix_supervision_items_aspect ON supervision_items (aspect_id);
CREATE INDEX ix_supervision_items_end ON supervision_items (end_date);

CREATE TABLE supervision_items_aud (
    id                 BIGINT         NOT NULL,
    rev                BIGINT         NOT NULL,
    revtype            TINYINT        NULL,
    item_no            VARCHAR(32)    NULL,
    title              VARCHAR(200)   NULL,
    description        VARCHAR(2000)  NULL,
    aspect_id          BIGINT         NULL,
    control_method     VARCHAR(20)    NULL,
    lead_unit_id       BIGINT         NULL,
    supervisor         VARCHAR(64)    NULL,
    supervisor_name    VARCHAR(64)    NULL,
    start_date         DATE           NULL,
    end_date           DATE           NULL,
    benchmark_item_id  BIGINT         NULL,
    monitor_name       VARCHAR(100)   NULL,
    monitor_target     DECIMAL(18,2)  NULL,
    monitor_actual     DECIMAL(18,2)  NULL,
    status             VARCHAR(20)    NULL,
    online_on          DATE           NULL,
    closed_on          DATE           NULL,
    actual_progress    INT            NULL,
    light              VARCHAR(10)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_supervision_items_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE supervision_item_units (
    item_id  BIGINT  NOT NULL,
    unit_id  BIGINT  NOT NULL,
    PRIMARY KEY (item_id, unit_id),
    CONSTRAINT fk_item_units_item FOREIGN KEY (item_id) REFERENCES supervision_items (id),
    CONSTRAINT fk_item_units_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);

CREATE TABLE supervision_item_units_aud (
    rev      BIGINT   NOT NULL,
    item_id  BIGINT   NOT NULL,
    unit_id  BIGINT   NOT NULL,
    revtype  TINYINT  NULL,
    PRIMARY KEY (rev, item_id, unit_id),
    CONSTRAINT fk_item_units_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE supervision_item_cadres (
    item_id   BIGINT  NOT NULL,
    cadre_id  BIGINT  NOT NULL,
    PRIMARY KEY (item_id, cadre_id),
    CONSTRAINT fk_item_cadres_item FOREIGN KEY (item_id) REFERENCES supervision_items (id),
    CONSTRAINT fk_item_cadres_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_item_cadres_cadre ON supervision_item_cadres (cadre_id);

CREATE TABLE supervision_item_cadres_aud (
    rev       BIGINT   NOT NULL,
    item_id   BIGINT   NOT NULL,
    cadre_id  BIGINT   NOT NULL,
    revtype   TINYINT  NULL,
    PRIMARY KEY (rev, item_id, cadre_id),
    CONSTRAINT fk_item_cadres_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE milestones (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           INT           NOT NULL,
    item_id           BIGINT        NOT NULL,
    name              VARCHAR(200)  NOT NULL,
    due_date          DATE          NOT NULL,
    planned_progress  INT           NOT NULL,
    done_on           DATE          NULL,
    light             VARCHAR(10)   NOT NULL,
    CONSTRAINT fk_milestones_item FOREIGN KEY (item_id) REFERENCES supervision_items (id)
);
CREATE INDEX ix_milestones_item ON milestones (item_id, due_date);

CREATE TABLE milestones_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    item_id           BIGINT        NULL,
    name              VARCHAR(200)  NULL,
    due_date          DATE          NULL,
    planned_progress  INT           NULL,
    done_on           DATE          NULL,
    light             VARCHAR(10)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_milestones_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- Insert-only, like step records: a report is what someone said on a day.
CREATE TABLE progress_reports (
    id               BIGINT         NOT NULL PRIMARY KEY,
    item_id          BIGINT         NOT NULL,
    reported_at      DATETIME(6)    NOT NULL,
    reporter         VARCHAR(64)    NOT NULL,
    reporter_name    VARCHAR(64)    NOT NULL,
    actual_progress  INT            NOT NULL,
    monitor_value    DECIMAL(18,2)  NULL,
    report_text      VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_progress_reports_item FOREIGN KEY (item_id) REFERENCES supervision_items (id)
);
CREATE INDEX ix_progress_reports_item ON progress_reports (item_id, reported_at);

CREATE TABLE report_attachments (
    id            BIGINT        NOT NULL PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    CONSTRAINT fk_report_attachments_report FOREIGN KEY (report_id) REFERENCES progress_reports (id)
);

-- Every change of an item's light: red-light rates over a period and the escalation count come from here.
CREATE TABLE light_changes (
    id          BIGINT       NOT NULL PRIMARY KEY,
    item_id     BIGINT       NOT NULL,
    from_light  VARCHAR(10)  NULL,
    to_light    VARCHAR(10)  NOT NULL,
    changed_on  DATE         NOT NULL,
    CONSTRAINT fk_light_changes_item FOREIGN KEY (item_id) REFERENCES supervision_items (id)
);
CREATE INDEX ix_light_changes_item ON light_changes (item_id, changed_on);
CREATE INDEX ix_light_changes_to ON light_changes (to_light, changed_on);

-- The ladder per responsible cadre and item: 1st red a reminder, 2nd an interview, 3rd an adjustment.
CREATE TABLE escalations (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          INT            NOT NULL,
    item_id          BIGINT         NOT NULL,
    cadre_id         BIGINT         NOT NULL,
    cadre_name       VARCHAR(50)    NOT NULL,
    rung             VARCHAR(20)    NOT NULL,
    red_count        INT            NOT NULL,
    raised_on        DATE           NOT NULL,
    interview_date   DATE           NULL,
    interviewer      VARCHAR(64)    NULL,
    notes            VARCHAR(2000)  NULL,
    done             BOOLEAN        NOT NULL,
    CONSTRAINT uk_escalations UNIQUE (item_id, cadre_id, red_count),
    CONSTRAINT fk_escalations_item FOREIGN KEY (item_id) REFERENCES supervision_items (id),
    CONSTRAINT fk_escalations_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_escalations_rung ON escalations (rung, raised_on);

CREATE TABLE escalations_aud (
    id               BIGINT         NOT NULL,
    rev              BIGINT         NOT NULL,
    revtype          TINYINT        NULL,
    item_id          BIGINT         NULL,
    cadre_id         BIGINT         NULL,
    cadre_name       VARCHAR(50)    NULL,
    rung             VARCHAR(20)    NULL,
    red_count        INT            NULL,
    raised_on        DATE           NULL,
    interview_date   DATE           NULL,
    interviewer      VARCHAR(64)    NULL,
    notes            VARCHAR(2000)  NULL,
    done             BOOLEAN        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_escalations_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

INSERT INTO light_settings (id, version, yellow_days, yellow_lag_points) VALUES (1, 0, 7, 0);

-- Five sections, sixteen aspects [S for the count and the first three sections; D for the rest].
INSERT INTO supervision_sections (id, version, name_zh, name_en, sort_order, active) VALUES
    (1, 0, '稳增长', 'Steady growth', 1, TRUE),
    (2, 0, '惠民生', 'People''s livelihood', 2, TRUE),
    (3, 0, '防风险', 'Risk prevention', 3, TRUE),
    (4, 0, '促改革', 'Reform', 4, TRUE),
    (5, 0, '强党建', 'Party building', 5, TRUE);

INSERT INTO supervision_aspects (id, version, section_id, name_zh, name_en, sort_order, active) VALUES
    (1, 0, 1, '重大项目建设', 'Major projects', 1, TRUE),
    (2, 0, 1, '招商引资', 'Investment attraction', 2, TRUE),
    (3, 0, 1, '工业增长点', 'Industrial growth points', 3, TRUE),
    (4, 0, 1, '消费与外贸', 'Consumption and trade', 4, TRUE),
    (5, 0, 2, '民生实事', 'Public service projects', 5, TRUE),
    (6, 0, 2, '教育医疗', 'Education and health', 6, TRUE),
    (7, 0, 2, '就业社保', 'Jobs and social security', 7, TRUE),
    (8, 0, 2, '乡村振兴', 'Rural revitalisation', 8, TRUE),
    (9, 0, 3, '安全生产', 'Work safety', 9, TRUE),
    (10, 0, 3, '生态环保', 'Environment', 10, TRUE),
    (11, 0, 3, '信访维稳', 'Petitions and stability', 11, TRUE),
    (12, 0, 3, '债务风险', 'Debt risk', 12, TRUE),
    (13, 0, 4, '营商环境', 'Business environment', 13, TRUE),
    (14, 0, 4, '重点改革任务', 'Key reforms', 14, TRUE),
    (15, 0, 5, '基层党建', 'Grassroots Party building', 15, TRUE),
    (16, 0, 5, '作风建设', 'Work style', 16, TRUE);
