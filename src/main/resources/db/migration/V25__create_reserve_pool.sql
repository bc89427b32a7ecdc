-- 后备干部 / 优秀年轻干部库: a cadre identified at the front line (优先使用 or 提拔) enters the reserve pool.
-- One open entry per cadre (open_cadre_id is the cadre's id while the entry is open, NULL once used, so
-- the unique key allows any number of used entries); each identifying recommendation is a source of the
-- entry, with its inspection, day and the inspection's finding as the reason. A 上 case opened from the
-- entry is noted on it; the entry is used once that case is decided as a promotion. The sources are
-- copies of the (audited) inspections' recommendations and have no history table of their own.
CREATE SEQUENCE reserve_pool_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE reserve_pool (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        INT          NOT NULL,
    cadre_id       BIGINT       NOT NULL,
    open_cadre_id  BIGINT       NULL,
    added_on       DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    case_id        BIGINT       NULL,
    case_no        VARCHAR(32)  NULL,
    used_on        DATE         NULL,
    CONSTRAINT uk_reserve_pool_open UNIQUE (open_cadre_id),
    CONSTRAINT fk_reserve_pool_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_reserve_pool_cadre ON reserve_pool (cadre_id);
CREATE INDEX ix_reserve_pool_added ON reserve_pool (added_on);
CREATE INDEX ix_reserve_pool_case ON reserve_pool (case_id);

CREATE TABLE reserve_pool_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT      NULL,
    cadre_id       BIGINT       NULL,
    open_cadre_id  BIGINT       NULL,
    added_on       DATE         NULL,
    status         VARCHAR(20)  NULL,
    case_id        BIGINT       NULL,
    case_no        VARCHAR(32)  NULL,
    used_on        DATE         NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_reserve_pool_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE reserve_pool_sources (
    entry_id        BIGINT         NOT NULL,
    inspection_id   BIGINT         NOT NULL,
    inspected_on    DATE           NOT NULL,
    recommendation  VARCHAR(20)    NOT NULL,
    reason          VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (entry_id, inspection_id),
    CONSTRAINT fk_reserve_pool_sources_entry FOREIGN KEY (entry_id) REFERENCES reserve_pool (id),
    CONSTRAINT fk_reserve_pool_sources_inspection FOREIGN KEY (inspection_id) REFERENCES frontline_inspections (id)
);
CREATE INDEX ix_reserve_pool_sources_inspection ON reserve_pool_sources (inspection_id);
