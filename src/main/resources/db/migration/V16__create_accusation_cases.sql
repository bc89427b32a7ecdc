-- 查诬 / 澄清正名: false-accusation cases on the workflow kernel, with the accused cadres, the
-- allegations and their findings, the joint meetings, and the clarifications given.
CREATE SEQUENCE accusation_cases_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE accused_cadres_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE allegations_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE joint_meetings_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE clarifications_seq START WITH 1000 INCREMENT BY 50;
-- Case numbers (查诬〔2026〕012) are unique even when two clerks register cases at once.
CREATE SEQUENCE accusation_numbers_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE accusation_cases (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    version               INT            NOT NULL,
    case_no               VARCHAR(32)    NOT NULL,
    report_no             VARCHAR(50)    NOT NULL,
    received_on           DATE           NOT NULL,
    channel               VARCHAR(20)    NOT NULL,
    anonymous             BOOLEAN        NOT NULL,
    reporter_name         VARCHAR(50)    NULL,
    reporter_contact      VARCHAR(100)   NULL,
    summary               VARCHAR(2000)  NOT NULL,
    unit_id               BIGINT         NOT NULL,
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
    found_on              DATE           NULL,
    clarification_due_on  DATE           NULL,
    referred_to           VARCHAR(100)   NULL,
    referred_on           DATE           NULL,
    quick_logged          BOOLEAN        NOT NULL,
    CONSTRAINT uk_accusation_cases_no UNIQUE (case_no),
    CONSTRAINT fk_accusation_cases_unit FOREIGN KEY (unit_id) REFERENCES units (id),
    CONSTRAINT fk_accusation_cases_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id)
);
CREATE INDEX ix_accusation_cases_unit ON accusation_cases (unit_id);
CREATE INDEX ix_accusation_cases_found ON accusation_cases (found_on);
CREATE INDEX ix_accusation_cases_open_due ON accusation_cases (status, step_due_on);
CREATE INDEX ix_accusation_cases_step ON accusation_cases (current_step_id);
CREATE INDEX ix_accusation_cases_received ON accusation_cases (received_on);

CREATE TABLE accusation_cases_aud (
    id                    BIGINT         NOT NULL,
    rev                   BIGINT         NOT NULL,
    revtype               TINYINT        NULL,
    case_no               VARCHAR(32)    NULL,
    report_no             VARCHAR(50)    NULL,
    received_on           DATE           NULL,
    channel               VARCHAR(20)    NULL,
    anonymous             BOOLEAN        NULL,
    reporter_name         VARCHAR(50)    NULL,
    reporter_contact      VARCHAR(100)   NULL,
    summary               VARCHAR(2000)  NULL,
    unit_id               BIGINT         NULL,
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
    found_on              DATE           NULL,
    clarification_due_on  DATE           NULL,
    referred_to           VARCHAR(100)   NULL,
    referred_on           DATE           NULL,
    quick_logged          BOOLEAN        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_accusation_cases_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE accused_cadres (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    ordinal     INT           NOT NULL,
    cadre_id    BIGINT        NOT NULL,
    cadre_name  VARCHAR(50)   NOT NULL,
    unit_id     BIGINT        NOT NULL,
    post_title  VARCHAR(100)  NULL,
    CONSTRAINT fk_accused_cadres_case FOREIGN KEY (case_id) REFERENCES accusation_cases (id),
    CONSTRAINT fk_accused_cadres_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_accused_cadres_case ON accused_cadres (case_id);
CREATE INDEX ix_accused_cadres_cadre ON accused_cadres (cadre_id);

CREATE TABLE accused_cadres_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    case_id     BIGINT        NULL,
    ordinal     INT           NULL,
    cadre_id    BIGINT        NULL,
    cadre_name  VARCHAR(50)   NULL,
    unit_id     BIGINT        NULL,
    post_title  VARCHAR(100)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_accused_cadres_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE allegations (
    id              BIGINT         NOT NULL PRIMARY KEY,
    case_id         BIGINT         NOT NULL,
    ordinal         INT            NOT NULL,
    cadre_id        BIGINT         NOT NULL,
    content         VARCHAR(1000)  NOT NULL,
    finding         VARCHAR(20)    NULL,
    finding_reason  VARCHAR(2000)  NULL,
    CONSTRAINT fk_allegations_case FOREIGN KEY (case_id) REFERENCES accusation_cases (id)
);
CREATE INDEX ix_allegations_case ON allegations (case_id);
CREATE INDEX ix_allegations_finding ON allegations (finding, case_id);

CREATE TABLE allegations_aud (
    id              BIGINT         NOT NULL,
    rev             BIGINT         NOT NULL,
    revtype         TINYINT        NULL,
    case_id         BIGINT         NULL,
    ordinal         INT            NULL,
    cadre_id        BIGINT         NULL,
    content         VARCHAR(1000)  NULL,
    finding         VARCHAR(20)    NULL,
    finding_reason  VARCHAR(2000)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_allegations_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE joint_meetings (
    id            BIGINT         NOT NULL PRIMARY KEY,
    case_id       BIGINT         NOT NULL,
    meeting_date  DATE           NOT NULL,
    member_units  VARCHAR(500)   NOT NULL,
    conclusions   VARCHAR(2000)  NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_joint_meetings_case FOREIGN KEY (case_id) REFERENCES accusation_cases (id)
);
CREATE INDEX ix_joint_meetings_case ON joint_meetings (case_id);

CREATE TABLE joint_meetings_aud (
    id            BIGINT         NOT NULL,
    rev           BIGINT         NOT NULL,
    revtype       TINYINT        NULL,
    case_id       BIGINT         NULL,
    meeting_date  DATE           NULL,
    member_units  VARCHAR(500)   NULL,
    conclusions   VARCHAR(2000)  NULL,
    recorded_by   VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_joint_meetings_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- One row per cadre cleared: a row is one person-time (人次) clarified.
CREATE TABLE clarifications (
    id            BIGINT         NOT NULL PRIMARY KEY,
    case_id       BIGINT         NOT NULL,
    cadre_id      BIGINT         NOT NULL,
    cadre_name    VARCHAR(50)    NOT NULL,
    unit_id       BIGINT         NOT NULL,
    clarified_on  DATE           NOT NULL,
    methods       VARCHAR(100)   NOT NULL,
    scope_units   VARCHAR(500)   NOT NULL,
    notice_text   VARCHAR(4000)  NOT NULL,
    recorded_by   VARCHAR(64)    NOT NULL,
    CONSTRAINT fk_clarifications_case FOREIGN KEY (case_id) REFERENCES accusation_cases (id),
    CONSTRAINT fk_clarifications_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_clarifications_case ON clarifications (case_id);
CREATE INDEX ix_clarifications_cadre ON clarifications (cadre_id);
CREATE INDEX ix_clarifications_date ON clarifications (clarified_on, unit_id);

CREATE TABLE clarifications_aud (
    id            BIGINT         NOT NULL,
    rev           BIGINT         NOT NULL,
    revtype       TINYINT        NULL,
    case_id       BIGINT         NULL,
    cadre_id      BIGINT         NULL,
    cadre_name    VARCHAR(50)    NULL,
    unit_id       BIGINT         NULL,
    clarified_on  DATE           NULL,
    methods       VARCHAR(100)   NULL,
    scope_units   VARCHAR(500)   NULL,
    notice_text   VARCHAR(4000)  NULL,
    recorded_by   VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_clarifications_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE clarification_allegations (
    clarification_id  BIGINT  NOT NULL,
    allegation_id     BIGINT  NOT NULL,
    PRIMARY KEY (clarification_id, allegation_id),
    CONSTRAINT fk_clarification_allegations_c FOREIGN KEY (clarification_id) REFERENCES clarifications (id),
    CONSTRAINT fk_clarification_allegations_a FOREIGN KEY (allegation_id) REFERENCES allegations (id)
);

CREATE TABLE clarification_allegations_aud (
    rev               BIGINT   NOT NULL,
    revtype           TINYINT  NULL,
    clarification_id  BIGINT   NOT NULL,
    allegation_id     BIGINT   NOT NULL,
    PRIMARY KEY (rev, clarification_id, allegation_id),
    CONSTRAINT fk_clarification_allegations_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The default procedure of DOMAIN.md §5 [R]; names, roles and limits are editable. The clarification's
-- own deadline is 20 working days from the finding, counted on the working-day calendar.
INSERT INTO procedures (id, version, code, name_zh, name_en) VALUES
    (3, 0, 'ACCUSATION', '查诬澄清办理流程', 'False-accusation case');

INSERT INTO procedure_steps (id, version, procedure_id, ordinal, code, name_zh, name_en, actor_role,
                             time_limit_days, form, opinion_required, attachment_required) VALUES
    (301, 0, 3, 1, 'ACCEPT', '受理', 'Intake', 'CLERK', 5, 'INTAKE', FALSE, FALSE),
    (302, 0, 3, 2, 'JOINT_REVIEW', '联席会议研判', 'Joint meeting review', 'DISCIPLINE', 15, 'JOINT_MEETING', TRUE, FALSE),
    (303, 0, 3, 3, 'VERIFY', '核查', 'Verification', 'DISCIPLINE', 30, 'OPINION', TRUE, FALSE),
    (304, 0, 3, 4, 'FIND', '认定', 'Finding', 'DISCIPLINE', 10, 'FINDING', FALSE, FALSE),
    (305, 0, 3, 5, 'HANDLE', '处理', 'Handling', 'DISCIPLINE', 15, 'HANDLING', FALSE, FALSE),
    (306, 0, 3, 6, 'CLARIFY', '澄清', 'Clarification', 'CLERK', 30, 'CLARIFICATION', FALSE, FALSE),
    (307, 0, 3, 7, 'ARCHIVE', '归档', 'Filing', 'CLERK', 10, 'OPINION', FALSE, FALSE);
