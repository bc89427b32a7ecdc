-- 年度考核: an 优秀 grade raises a proposal to record a 记功奖励 in the clerk's 我的待办. One open proposal per
-- cadre and year (open_cadre_id is the cadre's id while the proposal is open, NULL once a clerk recorded
-- the award from it or dismissed it, or the grade was changed away from 优秀 and the proposal withdrawn; so
-- the unique key allows any number of closed ones). award_id names the award recorded from the proposal; it
-- has no foreign key, so that correcting or deleting the award later leaves the proposal's history alone.
CREATE SEQUENCE award_proposals_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE award_proposals (
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
    award_id       BIGINT         NULL,
    CONSTRAINT uk_award_proposals_open UNIQUE (open_cadre_id, grade_year),
    CONSTRAINT fk_award_proposals_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_award_proposals_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_award_proposals_cadre ON award_proposals (cadre_id, grade_year);
CREATE INDEX ix_award_proposals_unit ON award_proposals (unit_id);
CREATE INDEX ix_award_proposals_status ON award_proposals (status);

CREATE TABLE award_proposals_aud (
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
    award_id       BIGINT         NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_award_proposals_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
