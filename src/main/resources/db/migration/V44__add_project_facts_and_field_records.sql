-- Project facts of a supervision item (issue 20, item 4): the city leader who 包保 it, its investment
-- (总投资, 年度计划投资, 已完成投资 = the sum of its monthly reports) and the days it started (开工) and
-- entered the statistics (入库).
ALTER TABLE supervision_items ADD COLUMN leader_username VARCHAR(64) NULL;
ALTER TABLE supervision_items ADD COLUMN leader_name VARCHAR(64) NULL;
ALTER TABLE supervision_items ADD COLUMN total_investment DECIMAL(18,2) NULL;
ALTER TABLE supervision_items ADD COLUMN annual_investment DECIMAL(18,2) NULL;
ALTER TABLE supervision_items ADD COLUMN completed_investment DECIMAL(18,2) NOT NULL DEFAULT 0;
ALTER TABLE supervision_items ADD COLUMN started_on DATE NULL;
ALTER TABLE supervision_items ADD COLUMN registered_on DATE NULL;
CREATE INDEX ix_supervision_items_leader ON supervision_items (leader_username);

ALTER TABLE supervision_items_aud ADD COLUMN leader_username VARCHAR(64) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN leader_name VARCHAR(64) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN total_investment DECIMAL(18,2) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN annual_investment DECIMAL(18,2) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN completed_investment DECIMAL(18,2) NULL;
ALTER TABLE supervision_items_aud ADD COLUMN started_on DATE NULL;
ALTER TABLE supervision_items_aud ADD COLUMN registered_on DATE NULL;

CREATE SEQUENCE investment_reports_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE field_inspections_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE inspection_visits_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE inspection_problems_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE scheduling_meetings_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE meeting_decisions_seq START WITH 1000 INCREMENT BY 50;

-- One row per item and month: the investment completed in that month (万元).
CREATE TABLE investment_reports (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        INT            NOT NULL,
    item_id        BIGINT         NOT NULL,
    report_month   DATE           NOT NULL,
    amount         DECIMAL(18,2)  NOT NULL,
    reporter       VARCHAR(64)    NOT NULL,
    reporter_name  VARCHAR(64)    NOT NULL,
    CONSTRAINT uk_investment_reports_month UNIQUE (item_id, report_month),
    CONSTRAINT fk_investment_reports_item FOREIGN KEY (item_id) REFERENCES supervision_items (id)
);

CREATE TABLE investment_reports_aud (
    id             BIGINT         NOT NULL,
    rev            BIGINT         NOT NULL,
    revtype        TINYINT        NULL,
    item_id        BIGINT         NULL,
    report_month   DATE           NULL,
    amount         DECIMAL(18,2)  NULL,
    reporter       VARCHAR(64)    NULL,
    reporter_name  VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_investment_reports_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- 暗访督导 (issue 20, item 5): an unannounced inspection, the items its team visited, the problems found at
-- each, each with a rectification deadline that became a milestone of the item.
CREATE TABLE field_inspections (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           INT            NOT NULL,
    inspected_on      DATE           NOT NULL,
    team              VARCHAR(200)   NOT NULL,
    summary           VARCHAR(2000)  NULL,
    recorded_by       VARCHAR(64)    NOT NULL,
    recorded_by_name  VARCHAR(64)    NOT NULL
);

CREATE TABLE field_inspections_aud (
    id                BIGINT         NOT NULL,
    rev               BIGINT         NOT NULL,
    revtype           TINYINT        NULL,
    inspected_on      DATE           NULL,
    team              VARCHAR(200)   NULL,
    summary           VARCHAR(2000)  NULL,
    recorded_by       VARCHAR(64)    NULL,
    recorded_by_name  VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_field_inspections_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE inspection_visits (
    id             BIGINT  NOT NULL PRIMARY KEY,
    inspection_id  BIGINT  NOT NULL,
    item_id        BIGINT  NOT NULL,
    CONSTRAINT uk_inspection_visits UNIQUE (inspection_id, item_id),
    CONSTRAINT fk_inspection_visits_inspection FOREIGN KEY (inspection_id) REFERENCES field_inspections (id),
    CONSTRAINT fk_inspection_visits_item FOREIGN KEY (item_id) REFERENCES supervision_items (id)
);
CREATE INDEX ix_inspection_visits_item ON inspection_visits (item_id);

CREATE TABLE inspection_visits_aud (
    id             BIGINT   NOT NULL,
    rev            BIGINT   NOT NULL,
    revtype        TINYINT  NULL,
    inspection_id  BIGINT   NULL,
    item_id        BIGINT   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_visits_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE inspection_problems (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    visit_id           BIGINT        NOT NULL,
    description        VARCHAR(200)  NOT NULL,
    deadline           DATE          NOT NULL,
    expected_progress  INT           NOT NULL,
    milestone_id       BIGINT        NULL,
    CONSTRAINT fk_inspection_problems_visit FOREIGN KEY (visit_id) REFERENCES inspection_visits (id),
    CONSTRAINT fk_inspection_problems_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id)
);

CREATE TABLE inspection_problems_aud (
    id                 BIGINT        NOT NULL,
    rev                BIGINT        NOT NULL,
    revtype            TINYINT       NULL,
    visit_id           BIGINT        NULL,
    description        VARCHAR(200)  NULL,
    deadline           DATE          NULL,
    expected_progress  INT           NULL,
    milestone_id       BIGINT        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_inspection_problems_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- 专题会调度: a scheduling meeting and its decisions, each a milestone of an existing item or a new item.
CREATE TABLE scheduling_meetings (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           INT            NOT NULL,
    held_on           DATE           NOT NULL,
    topic             VARCHAR(200)   NOT NULL,
    chair             VARCHAR(64)    NOT NULL,
    recorded_by       VARCHAR(64)    NOT NULL,
    recorded_by_name  VARCHAR(64)    NOT NULL
);

CREATE TABLE scheduling_meetings_aud (
    id                BIGINT         NOT NULL,
    rev               BIGINT         NOT NULL,
    revtype           TINYINT        NULL,
    held_on           DATE           NULL,
    topic             VARCHAR(200)   NULL,
    chair             VARCHAR(64)    NULL,
    recorded_by       VARCHAR(64)    NULL,
    recorded_by_name  VARCHAR(64)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_scheduling_meetings_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE meeting_decisions (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    meeting_id         BIGINT        NOT NULL,
    item_id            BIGINT        NOT NULL,
    new_item           BOOLEAN       NOT NULL,
    text               VARCHAR(200)  NOT NULL,
    deadline           DATE          NOT NULL,
    expected_progress  INT           NOT NULL,
    milestone_id       BIGINT        NULL,
    CONSTRAINT fk_meeting_decisions_meeting FOREIGN KEY (meeting_id) REFERENCES scheduling_meetings (id),
    CONSTRAINT fk_meeting_decisions_item FOREIGN KEY (item_id) REFERENCES supervision_items (id),
    CONSTRAINT fk_meeting_decisions_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id)
);
CREATE INDEX ix_meeting_decisions_item ON meeting_decisions (item_id);

CREATE TABLE meeting_decisions_aud (
    id                 BIGINT        NOT NULL,
    rev                BIGINT        NOT NULL,
    revtype            TINYINT       NULL,
    meeting_id         BIGINT        NULL,
    item_id            BIGINT        NULL,
    new_item           BOOLEAN       NULL,
    text               VARCHAR(200)  NULL,
    deadline           DATE          NULL,
    expected_progress  INT           NULL,
    milestone_id       BIGINT        NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_meeting_decisions_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
