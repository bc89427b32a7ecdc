-- 一人一档: the archive's reference lists (领域, 层级, 类别, 一线类型), filing periods, achievement entries
-- with their evidence and every status change, and frontline inspections with the cadres seen.
CREATE SEQUENCE archive_terms_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE filing_periods_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE achievement_entries_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE entry_attachments_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE entry_transitions_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE stored_files_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE frontline_inspections_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE archive_terms (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL
);
CREATE INDEX ix_archive_terms_kind ON archive_terms (kind, sort_order);

CREATE TABLE archive_terms_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    kind        VARCHAR(20)   NULL,
    name_zh     VARCHAR(100)  NULL,
    name_en     VARCHAR(200)  NULL,
    sort_order  INT           NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_archive_terms_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

INSERT INTO archive_terms (id, version, kind, name_zh, name_en, sort_order, active) VALUES
    (1, 0, 'FIELD', '项目建设', 'Project construction', 1, TRUE),
    (2, 0, 'FIELD', '招商引资', 'Investment promotion', 2, TRUE),
    (3, 0, 'FIELD', '乡村振兴', 'Rural revitalisation', 3, TRUE),
    (4, 0, 'FIELD', '应急处突', 'Emergency response', 4, TRUE),
    (5, 0, 'FIELD', '信访维稳', 'Petitions and stability', 5, TRUE),
    (6, 0, 'FIELD', '生态环保', 'Ecology and environment', 6, TRUE),
    (7, 0, 'FIELD', '民生保障', 'Public welfare', 7, TRUE),
    (8, 0, 'FIELD', '党的建设', 'Party building', 8, TRUE),
    (21, 0, 'LEVEL', '国家级', 'National', 1, TRUE),
    (22, 0, 'LEVEL', '省级', 'Provincial', 2, TRUE),
    (23, 0, 'LEVEL', '市级', 'City', 3, TRUE),
    (24, 0, 'LEVEL', '县（区）级', 'County', 4, TRUE),
    (25, 0, 'LEVEL', '乡镇（街道）级', 'Township', 5, TRUE),
    (41, 0, 'CATEGORY', '重点任务', 'Key task', 1, TRUE),
    (42, 0, 'CATEGORY', '日常工作', 'Routine work', 2, TRUE),
    (43, 0, 'CATEGORY', '改革创新', 'Reform and innovation', 3, TRUE),
    (44, 0, 'CATEGORY', '急难险重', 'Urgent, hard and dangerous', 4, TRUE),
    (61, 0, 'FRONTLINE', '项目建设', 'Project construction', 1, TRUE),
    (62, 0, 'FRONTLINE', '招商引资', 'Investment promotion', 2, TRUE),
    (63, 0, 'FRONTLINE', '应急处突', 'Emergency response', 3, TRUE),
    (64, 0, 'FRONTLINE', '乡村振兴', 'Rural revitalisation', 4, TRUE),
    (65, 0, 'FRONTLINE', '信访维稳', 'Petitions and stability', 5, TRUE);

CREATE TABLE filing_periods (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    starts_on   DATE          NOT NULL,
    ends_on     DATE          NOT NULL,
    deadline    DATE          NOT NULL,
    opened_by   VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_filing_periods_start ON filing_periods (starts_on);

CREATE TABLE filing_periods_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    name_zh     VARCHAR(100)  NULL,
    name_en     VARCHAR(200)  NULL,
    starts_on   DATE          NULL,
    ends_on     DATE          NULL,
    deadline    DATE          NULL,
    opened_by   VARCHAR(64)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_filing_periods_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The cadre categories (cadres.category) a period asks to file.
CREATE TABLE filing_period_categories (
    period_id  BIGINT       NOT NULL,
    category   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (period_id, category),
    CONSTRAINT fk_period_categories_period FOREIGN KEY (period_id) REFERENCES filing_periods (id)
);

CREATE TABLE filing_period_categories_aud (
    rev        BIGINT       NOT NULL,
    period_id  BIGINT       NOT NULL,
    category   VARCHAR(20)  NOT NULL,
    revtype    TINYINT      NULL,
    PRIMARY KEY (rev, period_id, category),
    CONSTRAINT fk_period_categories_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE achievement_entries (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    version             INT            NOT NULL,
    cadre_id            BIGINT         NOT NULL,
    period_id           BIGINT         NOT NULL,
    field_id            BIGINT         NOT NULL,
    level_id            BIGINT         NOT NULL,
    category_id         BIGINT         NOT NULL,
    cadre_role          VARCHAR(20)    NOT NULL,
    what_done           VARCHAR(2000)  NOT NULL,
    achieved            VARCHAR(2000)  NOT NULL,
    effect              VARCHAR(2000)  NOT NULL,
    figures             VARCHAR(2000)  NULL,
    status              VARCHAR(20)    NOT NULL,
    late                BOOLEAN        NOT NULL,
    proxy_by            VARCHAR(64)    NULL,
    proxy_name          VARCHAR(64)    NULL,
    submitted_at        TIMESTAMP      NULL,
    return_reason       VARCHAR(500)   NULL,
    reviewer_name       VARCHAR(64)    NULL,
    reviewed_at         TIMESTAMP      NULL,
    score_completion    INT            NULL,
    score_truth         INT            NULL,
    score_difficulty    INT            NULL,
    score_contribution  INT            NULL,
    CONSTRAINT fk_entries_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_entries_period FOREIGN KEY (period_id) REFERENCES filing_periods (id),
    CONSTRAINT fk_entries_field FOREIGN KEY (field_id) REFERENCES archive_terms (id),
    CONSTRAINT fk_entries_level FOREIGN KEY (level_id) REFERENCES archive_terms (id),
    CONSTRAINT fk_entries_category FOREIGN KEY (category_id) REFERENCES archive_terms (id)
);
CREATE INDEX ix_entries_cadre_period ON achievement_entries (cadre_id, period_id);
CREATE INDEX ix_entries_period_field ON achievement_entries (period_id, field_id);
CREATE INDEX ix_entries_status_submitted ON achievement_entries (status, submitted_at);
CREATE INDEX ix_entries_field ON achievement_entries (field_id);
CREATE INDEX ix_entries_level ON achievement_entries (level_id);
CREATE INDEX ix_entries_category ON achievement_entries (category_id);

CREATE TABLE achievement_entries_aud (
    id                  BIGINT         NOT NULL,
    rev                 BIGINT         NOT NULL,
    revtype             TINYINT        NULL,
    cadre_id            BIGINT         NULL,
    period_id           BIGINT         NULL,
    field_id            BIGINT         NULL,
    level_id            BIGINT         NULL,
    category_id         BIGINT         NULL,
    cadre_role          VARCHAR(20)    NULL,
    what_done           VARCHAR(2000)  NULL,
    achieved            VARCHAR(2000)  NULL,
    effect              VARCHAR(2000)  NULL,
    figures             VARCHAR(2000)  NULL,
    status              VARCHAR(20)    NULL,
    late                BOOLEAN        NULL,
    proxy_by            VARCHAR(64)    NULL,
    proxy_name          VARCHAR(64)    NULL,
    submitted_at        TIMESTAMP      NULL,
    return_reason       VARCHAR(500)   NULL,
    reviewer_name       VARCHAR(64)    NULL,
    reviewed_at         TIMESTAMP      NULL,
    score_completion    INT            NULL,
    score_truth         INT            NULL,
    score_difficulty    INT            NULL,
    score_contribution  INT            NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_entries_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- File contents behind the storage interface's database implementation.
CREATE TABLE stored_files (
    id       BIGINT    NOT NULL PRIMARY KEY,
    content  LONGBLOB  NOT NULL
);

CREATE TABLE entry_attachments (
    id            BIGINT        NOT NULL PRIMARY KEY,
    entry_id      BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   TIMESTAMP     NOT NULL,
    CONSTRAINT fk_entry_attachments_entry FOREIGN KEY (entry_id) REFERENCES achievement_entries (id)
);
CREATE INDEX ix_entry_attachments_entry ON entry_attachments (entry_id);

-- Insert-only: every status change of an entry, with who and when.
CREATE TABLE entry_transitions (
    id           BIGINT        NOT NULL PRIMARY KEY,
    entry_id     BIGINT        NOT NULL,
    from_status  VARCHAR(20)   NULL,
    to_status    VARCHAR(20)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    actor_name   VARCHAR(64)   NOT NULL,
    happened_at  TIMESTAMP     NOT NULL,
    note         VARCHAR(500)  NULL,
    CONSTRAINT fk_entry_transitions_entry FOREIGN KEY (entry_id) REFERENCES achievement_entries (id)
);
CREATE INDEX ix_entry_transitions_entry ON entry_transitions (entry_id);

CREATE TABLE frontline_inspections (
    id            BIGINT         NOT NULL PRIMARY KEY,
    version       INT            NOT NULL,
    inspected_on  DATE           NOT NULL,
    unit_id       BIGINT         NOT NULL,
    type_id       BIGINT         NOT NULL,
    inspectors    VARCHAR(200)   NOT NULL,
    finding       VARCHAR(2000)  NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_inspections_unit FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_inspections_type FOREIGN KEY (type_id) REFERENCES archive_terms (id)
);
CREATE INDEX ix_inspections_date ON frontline_inspections (inspected_on);
CREATE INDEX ix_inspections_unit ON frontline_inspections (unit_id);

CREATE TABLE frontline_inspections_aud (
    id            BIGINT         NOT NULL,
    rev           BIGINT         NOT NULL,
    revtype       TINYINT        NULL,
    inspected_on  DATE           NULL,
    unit_id       BIGINT         NULL,
    type_id       BIGINT         NULL,
    inspectors    VARCHAR(200)   NULL,
    finding       VARCHAR(2000)  NULL,
    recorded_by   VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspections_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The cadres seen at an inspection (person-times), each with the inspectors' recommendation.
CREATE TABLE inspection_cadres (
    inspection_id   BIGINT       NOT NULL,
    cadre_id        BIGINT       NOT NULL,
    recommendation  VARCHAR(20)  NOT NULL,
    PRIMARY KEY (inspection_id, cadre_id),
    CONSTRAINT fk_inspection_cadres_inspection FOREIGN KEY (inspection_id) REFERENCES frontline_inspections (id),
    CONSTRAINT fk_inspection_cadres_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_inspection_cadres_cadre ON inspection_cadres (cadre_id);

CREATE TABLE inspection_cadres_aud (
    rev             BIGINT       NOT NULL,
    inspection_id   BIGINT       NOT NULL,
    setordinal      INT          NOT NULL,
    cadre_id        BIGINT       NULL,
    recommendation  VARCHAR(20)  NULL,
    revtype         TINYINT      NULL,
    PRIMARY KEY (rev, inspection_id, setordinal),
    CONSTRAINT fk_inspection_cadres_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- When a cadre was last reminded to file for a period, so a second click the same day sends nothing twice.
CREATE TABLE filing_reminders (
    period_id    BIGINT     NOT NULL,
    cadre_id     BIGINT     NOT NULL,
    reminded_at  TIMESTAMP  NOT NULL,
    PRIMARY KEY (period_id, cadre_id),
    CONSTRAINT fk_filing_reminders_period FOREIGN KEY (period_id) REFERENCES filing_periods (id),
    CONSTRAINT fk_filing_reminders_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
