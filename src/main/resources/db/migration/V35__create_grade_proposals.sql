-- 年度考核: a 基本称职 / 不称职 grade raises a proposal to open a 下 case (situation 10) in the clerk's
-- 我的待办. One open proposal per cadre (open_cadre_id is the cadre's id while the proposal is open, NULL
-- once a clerk opened the case or dismissed it, so the unique key allows any number of closed ones).
CREATE SEQUENCE grade_proposals_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE grade_proposals (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        INT            NOT NULL,
    cadre_id       BIGINT         NOT NULL,
    open_cadre_id  BIGINT         NULL,
    cadre_name     VARCHAR(64)    NOT NULL,
    unit_id        BIGINT         NOT NULL,
    grade_year     INT            NOT NULL,
    grade          VARCHAR(30)    NOT NULL,
    raised_at      DATETIME(6)    NOT NULL,
    status         VARCHAR(20)    NOT NULL,
    closed_by      VARCHAR(64)    NULL,
    closed_at      DATETIME(6)    NULL,
    reason         VARCHAR(1000)  NULL,
    case_id        BIGINT         NULL,
    CONSTRAINT uk_grade_proposals_open UNIQUE (open_cadre_id),
    CONSTRAINT fk_grade_proposals_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_grade_proposals_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_grade_proposals_cadre ON grade_proposals (cadre_id);
CREATE INDEX ix_grade_proposals_unit ON grade_proposals (unit_id);
CREATE INDEX ix_grade_proposals_status ON grade_proposals (status);

CREATE TABLE grade_proposals_aud (
    id             BIGINT         NOT NULL,
    rev            BIGINT         NOT NULL,
    revtype        TINYINT        NULL,
    cadre_id       BIGINT         NULL,
    open_cadre_id  BIGINT         NULL,
    cadre_name     VARCHAR(64)    NULL,
    unit_id        BIGINT         NULL,
    grade_year     INT            NULL,
    grade          VARCHAR(30)    NULL,
    raised_at      DATETIME(6)    NULL,
    status         VARCHAR(20)    NULL,
    closed_by      VARCHAR(64)    NULL,
    closed_at      DATETIME(6)    NULL,
    reason         VARCHAR(1000)  NULL,
    case_id        BIGINT         NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_grade_proposals_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
