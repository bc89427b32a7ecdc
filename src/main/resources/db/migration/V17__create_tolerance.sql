-- 容错纠错 and 回访教育: the reference lists (8 categories, the 免责减责清单), tolerance applications on
-- the workflow kernel (procedure 4), and discipline records with their planned and recorded visits.
CREATE SEQUENCE tolerance_categories_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE tolerance_exemptions_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE tolerance_applications_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE discipline_records_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE education_visits_seq START WITH 1000 INCREMENT BY 50;
-- Application numbers (容〔2026〕007): unique even when two clerks register applications at once.
CREATE SEQUENCE tolerance_numbers_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE tolerance_categories (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL
);

CREATE TABLE tolerance_categories_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    name_zh     VARCHAR(100)  NULL,
    name_en     VARCHAR(200)  NULL,
    sort_order  INT           NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_tolerance_categories_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- One item of the 免责减责清单, optionally under one of the categories.
CREATE TABLE tolerance_exemptions (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      INT           NOT NULL,
    category_id  BIGINT        NULL,
    name_zh      VARCHAR(100)  NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    sort_order   INT           NOT NULL,
    active       BOOLEAN       NOT NULL,
    CONSTRAINT fk_tolerance_exemptions_category FOREIGN KEY (category_id) REFERENCES tolerance_categories (id)
);

CREATE TABLE tolerance_exemptions_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL,
    revtype      TINYINT       NULL,
    category_id  BIGINT        NULL,
    name_zh      VARCHAR(100)  NULL,
    name_en      VARCHAR(200)  NULL,
    sort_order   INT           NULL,
    active       BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_tolerance_exemptions_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE tolerance_applications (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               INT            NOT NULL,
    application_no        VARCHAR(32)    NOT NULL,
    applicant_type        VARCHAR(20)    NOT NULL,
    matter                VARCHAR(200)   NOT NULL,
    description           VARCHAR(2000)  NOT NULL,
    category_id           BIGINT         NOT NULL,
    linked_case_no        VARCHAR(64)    NULL,
    cadre_id              BIGINT         NOT NULL,
    cadre_name            VARCHAR(50)    NOT NULL,
    unit_id               BIGINT         NOT NULL,
    post_title            VARCHAR(100)   NOT NULL,
    procedure_id          BIGINT         NOT NULL,
    current_ordinal       INT            NOT NULL,
    current_step_id       BIGINT         NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    step_started_on       DATE           NOT NULL,
    step_due_on           DATE           NOT NULL,
    closed_on             DATE           NULL,
    applied_on            DATE           NOT NULL,
    last_actor            VARCHAR(64)    NOT NULL,
    last_acted_at         DATETIME(6)    NOT NULL,
    accepted_on           DATE           NULL,
    verified_on           DATE           NULL,
    law_breaking          BOOLEAN        NOT NULL,
    private_gain          BOOLEAN        NOT NULL,
    major_incident        BOOLEAN        NOT NULL,
    verification_opinion  VARCHAR(2000)  NULL,
    outcome               VARCHAR(20)    NULL,
    finding_reasons       VARCHAR(2000)  NULL,
    decided_on            DATE           NULL,
    feedback_on           DATE           NULL,
    feedback_note         VARCHAR(2000)  NULL,
    filed_on              DATE           NULL,
    archive_no            VARCHAR(64)    NULL,
    CONSTRAINT uk_tolerance_applications_no UNIQUE (application_no),
    CONSTRAINT fk_tolerance_applications_category FOREIGN KEY (category_id) REFERENCES tolerance_categories (id),
    CONSTRAINT fk_tolerance_applications_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_tolerance_applications_unit FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_tolerance_applications_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id),
    CONSTRAINT fk_tolerance_applications_step FOREIGN KEY (current_step_id) REFERENCES procedure_steps (id)
);
CREATE INDEX ix_tolerance_applications_unit ON tolerance_applications (unit_id);
CREATE INDEX ix_tolerance_applications_cadre ON tolerance_applications (cadre_id);
CREATE INDEX ix_tolerance_applications_open_due ON tolerance_applications (status, step_due_on);
CREATE INDEX ix_tolerance_applications_step ON tolerance_applications (current_step_id);
CREATE INDEX ix_tolerance_applications_category ON tolerance_applications (category_id);
CREATE INDEX ix_tolerance_applications_applied ON tolerance_applications (applied_on);
CREATE INDEX ix_tolerance_applications_decided ON tolerance_applications (decided_on, outcome);

CREATE TABLE tolerance_applications_aud (
    id                    BIGINT         NOT NULL,
    rev                   BIGINT         NOT NULL,
    revtype               TINYINT        NULL,
    application_no        VARCHAR(32)    NULL,
    applicant_type        VARCHAR(20)    NULL,
    matter                VARCHAR(200)   NULL,
    description           VARCHAR(2000)  NULL,
    category_id           BIGINT         NULL,
    linked_case_no        VARCHAR(64)    NULL,
    cadre_id              BIGINT         NULL,
    cadre_name            VARCHAR(50)    NULL,
    unit_id               BIGINT         NULL,
    post_title            VARCHAR(100)   NULL,
    procedure_id          BIGINT         NULL,
    current_ordinal       INT            NULL,
    current_step_id       BIGINT         NULL,
    status                VARCHAR(20)    NULL,
    step_started_on       DATE           NULL,
    step_due_on           DATE           NULL,
    closed_on             DATE           NULL,
    applied_on            DATE           NULL,
    last_actor            VARCHAR(64)    NULL,
    last_acted_at         DATETIME(6)    NULL,
    accepted_on           DATE           NULL,
    verified_on           DATE           NULL,
    law_breaking          BOOLEAN        NULL,
    private_gain          BOOLEAN        NULL,
    major_incident        BOOLEAN        NULL,
    verification_opinion  VARCHAR(2000)  NULL,
    outcome               VARCHAR(20)    NULL,
    finding_reasons       VARCHAR(2000)  NULL,
    decided_on            DATE           NULL,
    feedback_on           DATE           NULL,
    feedback_note         VARCHAR(2000)  NULL,
    filed_on              DATE           NULL,
    archive_no            VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_tolerance_applications_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE tolerance_application_exemptions (
    application_id  BIGINT  NOT NULL,
    exemption_id    BIGINT  NOT NULL,
    PRIMARY KEY (application_id, exemption_id),
    CONSTRAINT fk_application_exemptions_application FOREIGN KEY (application_id)
        REFERENCES tolerance_applications (id),
    CONSTRAINT fk_application_exemptions_exemption FOREIGN KEY (exemption_id) REFERENCES tolerance_exemptions (id)
);
CREATE INDEX ix_application_exemptions_exemption ON tolerance_application_exemptions (exemption_id);

CREATE TABLE tolerance_application_exemptions_aud (
    rev             BIGINT   NOT NULL,
    application_id  BIGINT   NOT NULL,
    exemption_id    BIGINT   NOT NULL,
    revtype         TINYINT  NULL,
    PRIMARY KEY (rev, application_id, exemption_id),
    CONSTRAINT fk_application_exemptions_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- 回访教育: a cadre's discipline (处分/处理), and the visits planned and made during its impact period.
CREATE TABLE discipline_records (
    id               BIGINT         NOT NULL PRIMARY KEY,
    version          INT            NOT NULL,
    cadre_id         BIGINT         NOT NULL,
    cadre_name       VARCHAR(50)    NOT NULL,
    unit_id          BIGINT         NOT NULL,
    post_title       VARCHAR(100)   NOT NULL,
    discipline_type  VARCHAR(20)    NOT NULL,
    decided_on       DATE           NOT NULL,
    impact_until     DATE           NOT NULL,
    note             VARCHAR(1000)  NULL,
    recorded_by      VARCHAR(64)    NOT NULL,
    last_actor       VARCHAR(64)    NOT NULL,
    last_acted_at    DATETIME(6)    NOT NULL,
    CONSTRAINT fk_discipline_records_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_discipline_records_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_discipline_records_unit ON discipline_records (unit_id);
CREATE INDEX ix_discipline_records_cadre ON discipline_records (cadre_id);
CREATE INDEX ix_discipline_records_decided ON discipline_records (decided_on);

CREATE TABLE discipline_records_aud (
    id               BIGINT         NOT NULL,
    rev              BIGINT         NOT NULL,
    revtype          TINYINT        NULL,
    cadre_id         BIGINT         NULL,
    cadre_name       VARCHAR(50)    NULL,
    unit_id          BIGINT         NULL,
    post_title       VARCHAR(100)   NULL,
    discipline_type  VARCHAR(20)    NULL,
    decided_on       DATE           NULL,
    impact_until     DATE           NULL,
    note             VARCHAR(1000)  NULL,
    recorded_by      VARCHAR(64)    NULL,
    last_actor       VARCHAR(64)    NULL,
    last_acted_at    DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_discipline_records_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- A visit is planned (date, at least two visitors) and later recorded (date, assessment, notes); one
-- planned for a day already past and not recorded is overdue.
CREATE TABLE education_visits (
    id           BIGINT         NOT NULL PRIMARY KEY,
    record_id    BIGINT         NOT NULL,
    planned_on   DATE           NOT NULL,
    visitors     VARCHAR(200)   NOT NULL,
    visited_on   DATE           NULL,
    assessment   VARCHAR(10)    NULL,
    notes        VARCHAR(2000)  NULL,
    recorded_by  VARCHAR(64)    NULL,
    CONSTRAINT fk_education_visits_record FOREIGN KEY (record_id) REFERENCES discipline_records (id)
);
CREATE INDEX ix_education_visits_record ON education_visits (record_id);
CREATE INDEX ix_education_visits_planned ON education_visits (planned_on, visited_on);
CREATE INDEX ix_education_visits_visited ON education_visits (visited_on);

CREATE TABLE education_visits_aud (
    id           BIGINT         NOT NULL,
    rev          BIGINT         NOT NULL,
    revtype      TINYINT        NULL,
    record_id    BIGINT         NULL,
    planned_on   DATE           NULL,
    visitors     VARCHAR(200)   NULL,
    visited_on   DATE           NULL,
    assessment   VARCHAR(10)    NULL,
    notes        VARCHAR(2000)  NULL,
    recorded_by  VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_education_visits_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The procedure of DOMAIN.md §6 [R]: application → acceptance → verification → finding → feedback →
-- filing. Names, roles and limits are editable like every procedure's.
INSERT INTO procedures (id, version, code, name_zh, name_en) VALUES
    (4, 0, 'TOLERANCE', '容错纠错办理流程', 'Fault tolerance and correction');

INSERT INTO procedure_steps (id, version, procedure_id, ordinal, code, name_zh, name_en, actor_role,
                             time_limit_days, form, opinion_required, attachment_required) VALUES
    (401, 0, 4, 1, 'APPLY', '申请', 'Application', 'CLERK', 5, 'APPLICATION', FALSE, FALSE),
    (402, 0, 4, 2, 'ACCEPT', '受理', 'Acceptance', 'DISCIPLINE', 7, 'ACCEPTANCE', TRUE, FALSE),
    (403, 0, 4, 3, 'VERIFY', '核实', 'Verification', 'DISCIPLINE', 30, 'VERIFICATION', FALSE, FALSE),
    (404, 0, 4, 4, 'FINDING', '认定', 'Finding', 'DISCIPLINE', 15, 'FINDING', FALSE, FALSE),
    (405, 0, 4, 5, 'FEEDBACK', '反馈', 'Feedback', 'CLERK', 7, 'FEEDBACK', FALSE, FALSE),
    (406, 0, 4, 6, 'FILE', '归档', 'Filing', 'CLERK', 10, 'FILING', FALSE, FALSE);

-- The eight categories of tolerable errors [D] after published practice [R].
INSERT INTO tolerance_categories (id, version, name_zh, name_en, sort_order, active) VALUES
    (1, 0, '改革创新先行先试失误', 'Errors in pioneering reform and pilots', 1, TRUE),
    (2, 0, '程序瑕疵', 'Procedural flaws', 2, TRUE),
    (3, 0, '决策损失（经集体决策）', 'Losses from a collective decision', 3, TRUE),
    (4, 0, '应急处突失误', 'Errors in emergency response', 4, TRUE),
    (5, 0, '客观因素导致失误', 'Errors caused by objective factors', 5, TRUE),
    (6, 0, '上级无明确规定的探索', 'Exploration where higher levels set no rule', 6, TRUE),
    (7, 0, '主动挽回损失', 'Losses actively recovered', 7, TRUE),
    (8, 0, '其他', 'Other', 8, TRUE);

-- The 免责减责清单 [D]: items a finding may rely on, most of them under a category.
INSERT INTO tolerance_exemptions (id, version, category_id, name_zh, name_en, sort_order, active) VALUES
    (1, 0, 1, '推进改革创新因缺乏经验、先行先试出现失误', 'Mistakes from inexperience in pioneering a reform', 1, TRUE),
    (2, 0, 1, '乡村振兴、民生实事中大胆探索出现一般性失误', 'Minor mistakes in bold exploration for rural revitalisation or welfare projects', 2, TRUE),
    (3, 0, 2, '工作程序存在一般性瑕疵但未造成严重后果', 'Minor procedural flaws without serious consequences', 3, TRUE),
    (4, 0, 3, '按规定程序集体决策，因不可预见因素造成损失', 'Losses from unforeseeable factors after a collective decision by due process', 4, TRUE),
    (5, 0, 3, '招商引资项目按程序决策但未达预期效果', 'Investment projects decided by due process that fell short of expectations', 5, TRUE),
    (6, 0, 4, '应急处突中为控制事态临机决断出现偏差', 'Deviations from on-the-spot decisions taken to contain an emergency', 6, TRUE),
    (7, 0, 5, '因自然灾害等不可抗力导致工作未达目标', 'Targets missed through force majeure such as natural disasters', 7, TRUE),
    (8, 0, 5, '因上级政策调整导致重大项目推进出现偏差', 'Deviations in a major project caused by a change of higher-level policy', 8, TRUE),
    (9, 0, 5, '生态环保整治中因历史遗留问题造成工作延误', 'Delays in environmental clean-up caused by problems left from the past', 9, TRUE),
    (10, 0, 6, '上级尚无明确规定时探索试验出现失误', 'Mistakes in trials where higher levels had set no explicit rule', 10, TRUE),
    (11, 0, 7, '发现失误后主动纠错、积极挽回损失或消除不良影响', 'Mistakes corrected at once, losses recovered or harm undone', 11, TRUE),
    (12, 0, NULL, '信访维稳工作中依法处置引发一般性矛盾', 'Minor disputes arising from lawful handling of petitions', 12, TRUE),
    (13, 0, 8, '其他经集体研究认为符合容错情形的', 'Other cases found tolerable after collective study', 13, TRUE);
