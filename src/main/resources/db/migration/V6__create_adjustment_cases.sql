-- 能上能下: reference lists (situations, methods) and adjustment cases on the workflow kernel.
CREATE SEQUENCE adjustment_situations_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE adjustment_methods_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE adjustment_cases_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE meeting_seats_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE follow_up_visits_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE adjustment_situations (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    name_zh     VARCHAR(100)  NOT NULL,
    name_en     VARCHAR(200)  NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL
);

CREATE TABLE adjustment_situations_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    name_zh     VARCHAR(100)  NULL,
    name_en     VARCHAR(200)  NULL,
    sort_order  INT           NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_adjustment_situations_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE adjustment_methods (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        INT           NOT NULL,
    name_zh        VARCHAR(50)   NOT NULL,
    name_en        VARCHAR(100)  NOT NULL,
    impact_months  INT           NOT NULL,
    sort_order     INT           NOT NULL,
    active         BOOLEAN       NOT NULL
);

CREATE TABLE adjustment_methods_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT       NULL,
    name_zh        VARCHAR(50)   NULL,
    name_en        VARCHAR(100)  NULL,
    impact_months  INT           NULL,
    sort_order     INT           NULL,
    active         BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_adjustment_methods_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE adjustment_cases (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               INT            NOT NULL,
    case_no               VARCHAR(32)    NOT NULL,
    direction             VARCHAR(10)    NOT NULL,
    source                VARCHAR(20)    NOT NULL,
    summary               VARCHAR(2000)  NOT NULL,
    cadre_id              BIGINT         NOT NULL,
    cadre_name            VARCHAR(50)    NOT NULL,
    unit_id               BIGINT         NOT NULL,
    former_post           VARCHAR(100)   NOT NULL,
    former_rank           VARCHAR(20)    NOT NULL,
    procedure_id          BIGINT         NOT NULL,
    current_ordinal       INT            NOT NULL,
    current_step_id       BIGINT         NOT NULL,
    status                VARCHAR(20)    NOT NULL,
    step_started_on       DATE           NOT NULL,
    step_due_on           DATE           NOT NULL,
    opened_on             DATE           NOT NULL,
    closed_on             DATE           NULL,
    last_actor            VARCHAR(64)    NOT NULL,
    last_acted_at         DATETIME(6)    NOT NULL,
    warning_date          DATE           NULL,
    warning_content       VARCHAR(1000)  NULL,
    improvement_deadline  DATE           NULL,
    cadre_statement       VARCHAR(2000)  NULL,
    method_id             BIGINT         NULL,
    proposed_post         VARCHAR(100)   NULL,
    proposed_rank         VARCHAR(20)    NULL,
    integrity_opinion     VARCHAR(2000)  NULL,
    meeting_date          DATE           NULL,
    decision              VARCHAR(20)    NULL,
    talk_record           VARCHAR(2000)  NULL,
    document_no           VARCHAR(64)    NULL,
    effective_date        DATE           NULL,
    impact_until          DATE           NULL,
    closing_assessment    VARCHAR(2000)  NULL,
    reuse_recommended     BOOLEAN        NOT NULL,
    CONSTRAINT uk_adjustment_cases_no UNIQUE (case_no),
    CONSTRAINT fk_adjustment_cases_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_adjustment_cases_unit FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_adjustment_cases_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id),
    CONSTRAINT fk_adjustment_cases_step FOREIGN KEY (current_step_id) REFERENCES procedure_steps (id),
    CONSTRAINT fk_adjustment_cases_method FOREIGN KEY (method_id) REFERENCES adjustment_methods (id)
);
CREATE INDEX ix_adjustment_cases_unit ON adjustment_cases (unit_id);
CREATE INDEX ix_adjustment_cases_cadre ON adjustment_cases (cadre_id);
CREATE INDEX ix_adjustment_cases_open_due ON adjustment_cases (status, step_due_on);
CREATE INDEX ix_adjustment_cases_step ON adjustment_cases (current_step_id);

CREATE TABLE adjustment_cases_aud (
    id                    BIGINT         NOT NULL,
    rev                   BIGINT         NOT NULL,
    revtype               TINYINT        NULL,
    case_no               VARCHAR(32)    NULL,
    direction             VARCHAR(10)    NULL,
    source                VARCHAR(20)    NULL,
    summary               VARCHAR(2000)  NULL,
    cadre_id              BIGINT         NULL,
    cadre_name            VARCHAR(50)    NULL,
    unit_id               BIGINT         NULL,
    former_post           VARCHAR(100)   NULL,
    former_rank           VARCHAR(20)    NULL,
    procedure_id          BIGINT         NULL,
    current_ordinal       INT            NULL,
    current_step_id       BIGINT         NULL,
    status                VARCHAR(20)    NULL,
    step_started_on       DATE           NULL,
    step_due_on           DATE           NULL,
    opened_on             DATE           NULL,
    closed_on             DATE           NULL,
    last_actor            VARCHAR(64)    NULL,
    last_acted_at         DATETIME(6)    NULL,
    warning_date          DATE           NULL,
    warning_content       VARCHAR(1000)  NULL,
    improvement_deadline  DATE           NULL,
    cadre_statement       VARCHAR(2000)  NULL,
    method_id             BIGINT         NULL,
    proposed_post         VARCHAR(100)   NULL,
    proposed_rank         VARCHAR(20)    NULL,
    integrity_opinion     VARCHAR(2000)  NULL,
    meeting_date          DATE           NULL,
    decision              VARCHAR(20)    NULL,
    talk_record           VARCHAR(2000)  NULL,
    document_no           VARCHAR(64)    NULL,
    effective_date        DATE           NULL,
    impact_until          DATE           NULL,
    closing_assessment    VARCHAR(2000)  NULL,
    reuse_recommended     BOOLEAN        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_adjustment_cases_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE adjustment_case_situations (
    case_id       BIGINT  NOT NULL,
    situation_id  BIGINT  NOT NULL,
    PRIMARY KEY (case_id, situation_id),
    CONSTRAINT fk_case_situations_case FOREIGN KEY (case_id) REFERENCES adjustment_cases (id),
    CONSTRAINT fk_case_situations_situation FOREIGN KEY (situation_id) REFERENCES adjustment_situations (id)
);
CREATE INDEX ix_case_situations_situation ON adjustment_case_situations (situation_id);

CREATE TABLE adjustment_case_situations_aud (
    rev           BIGINT   NOT NULL,
    case_id       BIGINT   NOT NULL,
    situation_id  BIGINT   NOT NULL,
    revtype       TINYINT  NULL,
    PRIMARY KEY (rev, case_id, situation_id),
    CONSTRAINT fk_case_situations_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- One seat per member entitled to attend 讨论决定: attendance and the member's own vote, so two
-- members voting at once write different rows and neither vote is lost.
CREATE TABLE meeting_seats (
    id            BIGINT       NOT NULL PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    attended      BOOLEAN      NOT NULL,
    vote          VARCHAR(20)  NULL,
    voted_at      DATETIME(6)  NULL,
    CONSTRAINT uk_meeting_seats UNIQUE (case_id, username),
    CONSTRAINT fk_meeting_seats_case FOREIGN KEY (case_id) REFERENCES adjustment_cases (id)
);

CREATE TABLE meeting_seats_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT      NULL,
    case_id       BIGINT       NULL,
    username      VARCHAR(64)  NULL,
    display_name  VARCHAR(64)  NULL,
    attended      BOOLEAN      NULL,
    vote          VARCHAR(20)  NULL,
    voted_at      DATETIME(6)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_meeting_seats_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE follow_up_visits (
    id          BIGINT         NOT NULL PRIMARY KEY,
    case_id     BIGINT         NOT NULL,
    visit_date  DATE           NOT NULL,
    visitor     VARCHAR(64)    NOT NULL,
    notes       VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_follow_up_visits_case FOREIGN KEY (case_id) REFERENCES adjustment_cases (id)
);

CREATE TABLE follow_up_visits_aud (
    id          BIGINT         NOT NULL,
    rev         BIGINT         NOT NULL,
    revtype     TINYINT        NULL,
    case_id     BIGINT         NULL,
    visit_date  DATE           NULL,
    visitor     VARCHAR(64)    NULL,
    notes       VARCHAR(2000)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_follow_up_visits_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The ten default situations [D]: the nine areas of the 2022 regulation plus a poor annual assessment.
INSERT INTO adjustment_situations (id, version, name_zh, name_en, sort_order, active) VALUES
    (1, 0, '政治表现方面不适宜担任现职', 'Political performance', 1, TRUE),
    (2, 0, '理想信念方面不适宜担任现职', 'Ideals and convictions', 2, TRUE),
    (3, 0, '斗争精神方面不适宜担任现职', 'Fighting spirit', 3, TRUE),
    (4, 0, '政绩观方面不适宜担任现职', 'View of performance', 4, TRUE),
    (5, 0, '执行组织纪律方面不适宜担任现职', 'Organisational discipline', 5, TRUE),
    (6, 0, '担当作为方面不适宜担任现职', 'Taking responsibility', 6, TRUE),
    (7, 0, '能力素质方面不适宜担任现职', 'Ability and competence', 7, TRUE),
    (8, 0, '工作作风方面不适宜担任现职', 'Work style', 8, TRUE),
    (9, 0, '道德品行方面不适宜担任现职', 'Moral conduct', 9, TRUE),
    (10, 0, '年度考核结果较差', 'Poor annual assessment', 10, TRUE);

-- Adjustment methods [R]; impact_months is the period before the cadre may be promoted again.
INSERT INTO adjustment_methods (id, version, name_zh, name_en, impact_months, sort_order, active) VALUES
    (1, 0, '调离岗位', 'Transfer from post', 0, 1, TRUE),
    (2, 0, '改任职级', 'Change to a rank-only post', 12, 2, TRUE),
    (3, 0, '免职', 'Removal from office', 12, 3, TRUE),
    (4, 0, '降职', 'Demotion', 24, 4, TRUE),
    (5, 0, '责令辞职', 'Ordered resignation', 12, 5, TRUE),
    (6, 0, '组织处理', 'Organisational handling', 12, 6, TRUE);
