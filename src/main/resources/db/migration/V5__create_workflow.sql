-- The workflow kernel: procedures and their ordered steps (reference data an administrator edits),
-- and one immutable record per step taken on any case.
CREATE SEQUENCE procedures_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE procedure_steps_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE step_records_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE step_attachments_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE procedures (
    id       BIGINT        NOT NULL PRIMARY KEY,
    version  INT           NOT NULL,
    code     VARCHAR(32)   NOT NULL,
    name_zh  VARCHAR(100)  NOT NULL,
    name_en  VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_procedures_code UNIQUE (code)
);

CREATE TABLE procedures_aud (
    id       BIGINT        NOT NULL,
    rev      BIGINT        NOT NULL,
    revtype  TINYINT       NULL,
    code     VARCHAR(32)   NULL,
    name_zh  VARCHAR(100)  NULL,
    name_en  VARCHAR(100)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_procedures_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE procedure_steps (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    version              INT           NOT NULL,
    procedure_id         BIGINT        NOT NULL,
    ordinal              INT           NOT NULL,
    code                 VARCHAR(32)   NOT NULL,
    name_zh              VARCHAR(50)   NOT NULL,
    name_en              VARCHAR(100)  NOT NULL,
    actor_role           VARCHAR(20)   NOT NULL,
    time_limit_days      INT           NOT NULL,
    form                 VARCHAR(32)   NOT NULL,
    opinion_required     BOOLEAN       NOT NULL,
    attachment_required  BOOLEAN       NOT NULL,
    CONSTRAINT uk_procedure_steps_ordinal UNIQUE (procedure_id, ordinal),
    CONSTRAINT fk_procedure_steps_procedure FOREIGN KEY (procedure_id) REFERENCES procedures (id)
);

CREATE TABLE procedure_steps_aud (
    id                   BIGINT        NOT NULL,
    rev                  BIGINT        NOT NULL,
    revtype              TINYINT       NULL,
    procedure_id         BIGINT        NULL,
    ordinal              INT           NULL,
    code                 VARCHAR(32)   NULL,
    name_zh              VARCHAR(50)   NULL,
    name_en              VARCHAR(100)  NULL,
    actor_role           VARCHAR(20)   NULL,
    time_limit_days      INT           NULL,
    form                 VARCHAR(32)   NULL,
    opinion_required     BOOLEAN       NULL,
    attachment_required  BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_procedure_steps_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- Insert-only: a step taken is never edited, so it needs neither a version nor an audit table.
CREATE TABLE step_records (
    id              BIGINT         NOT NULL PRIMARY KEY,
    case_type       VARCHAR(32)    NOT NULL,
    case_id         BIGINT         NOT NULL,
    step_id         BIGINT         NOT NULL,
    ordinal         INT            NOT NULL,
    outcome         VARCHAR(20)    NOT NULL,
    target_ordinal  INT            NULL,
    actor_username  VARCHAR(64)    NOT NULL,
    actor_name      VARCHAR(64)    NOT NULL,
    acted_at        DATETIME(6)    NOT NULL,
    opinion         VARCHAR(4000)  NULL,
    details         VARCHAR(8000)  NULL,
    CONSTRAINT fk_step_records_step FOREIGN KEY (step_id) REFERENCES procedure_steps (id)
);
CREATE INDEX ix_step_records_case ON step_records (case_type, case_id, id);

CREATE TABLE step_attachments (
    id              BIGINT         NOT NULL PRIMARY KEY,
    step_record_id  BIGINT         NOT NULL,
    file_name       VARCHAR(200)   NOT NULL,
    content_type    VARCHAR(100)   NOT NULL,
    size_bytes      BIGINT         NOT NULL,
    content         LONGBLOB       NOT NULL,
    CONSTRAINT fk_step_attachments_record FOREIGN KEY (step_record_id) REFERENCES step_records (id)
);
CREATE INDEX ix_step_attachments_record ON step_attachments (step_record_id);

-- The two default procedures of DOMAIN.md §4 [D]; names, roles and limits are editable.
INSERT INTO procedures (id, version, code, name_zh, name_en) VALUES
    (1, 0, 'ADJUST_DOWN', '干部“能下”操作流程', 'Adjusting a cadre down'),
    (2, 0, 'ADJUST_UP', '干部“能上”操作流程', 'Promoting a cadre');

INSERT INTO procedure_steps (id, version, procedure_id, ordinal, code, name_zh, name_en, actor_role,
                             time_limit_days, form, opinion_required, attachment_required) VALUES
    (101, 0, 1, 1, 'INITIATE', '启动动议', 'Initiation', 'CLERK', 5, 'INITIATION', FALSE, FALSE),
    (102, 0, 1, 2, 'ANALYSE', '分析研判', 'Analysis', 'CLERK', 10, 'OPINION', TRUE, FALSE),
    (103, 0, 1, 3, 'WARN', '预警提示', 'Warning', 'CLERK', 5, 'WARNING', FALSE, FALSE),
    (104, 0, 1, 4, 'VERIFY', '调查核实', 'Verification', 'CLERK', 20, 'OPINION', TRUE, FALSE),
    (105, 0, 1, 5, 'HEAR', '听取本人意见', 'Hearing the cadre', 'CLERK', 7, 'STATEMENT', FALSE, FALSE),
    (106, 0, 1, 6, 'PROPOSE', '提出调整建议', 'Adjustment proposal', 'CLERK', 7, 'PROPOSAL', TRUE, FALSE),
    (107, 0, 1, 7, 'CONSULT', '征求意见', 'Consultation', 'DISCIPLINE', 10, 'CONSULTATION', FALSE, FALSE),
    (108, 0, 1, 8, 'DECIDE', '讨论决定', 'Decision', 'COMMITTEE', 15, 'DECISION', FALSE, FALSE),
    (109, 0, 1, 9, 'TALK', '谈话告知', 'Notification talk', 'CLERK', 5, 'TALK', FALSE, FALSE),
    (110, 0, 1, 10, 'APPOINT', '宣布并办理任免', 'Announcement and appointment', 'CLERK', 10, 'APPOINTMENT', FALSE, FALSE),
    (111, 0, 1, 11, 'FOLLOW_UP', '跟踪回访', 'Follow-up', 'CLERK', 365, 'FOLLOW_UP', FALSE, FALSE),
    (201, 0, 2, 1, 'INITIATE', '动议', 'Initiation', 'CLERK', 5, 'INITIATION', FALSE, FALSE),
    (202, 0, 2, 2, 'RECOMMEND', '民主推荐', 'Democratic recommendation', 'CLERK', 15, 'OPINION', TRUE, FALSE),
    (203, 0, 2, 3, 'SHORTLIST', '确定考察对象', 'Choosing the candidate', 'CLERK', 7, 'PROPOSAL', TRUE, FALSE),
    (204, 0, 2, 4, 'INSPECT', '组织考察', 'Inspection', 'CLERK', 20, 'OPINION', TRUE, FALSE),
    (205, 0, 2, 5, 'CONSULT', '征求纪检监察意见', 'Discipline body''s opinion', 'DISCIPLINE', 10, 'CONSULTATION', FALSE, FALSE),
    (206, 0, 2, 6, 'DELIBERATE', '沟通酝酿', 'Consultation among leaders', 'CLERK', 7, 'OPINION', TRUE, FALSE),
    (207, 0, 2, 7, 'DECIDE', '讨论决定', 'Decision', 'COMMITTEE', 15, 'DECISION', FALSE, FALSE),
    (208, 0, 2, 8, 'PUBLICISE', '任前公示', 'Public notice', 'CLERK', 10, 'OPINION', TRUE, FALSE),
    (209, 0, 2, 9, 'TALK', '任职谈话', 'Appointment talk', 'CLERK', 5, 'TALK', FALSE, FALSE),
    (210, 0, 2, 10, 'APPOINT', '办理任职手续', 'Appointment formalities', 'CLERK', 10, 'APPOINTMENT', FALSE, FALSE),
    (211, 0, 2, 11, 'PROBATION', '试用期满考核', 'End-of-probation assessment', 'CLERK', 365, 'FOLLOW_UP', FALSE, FALSE);
