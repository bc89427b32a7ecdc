-- 记功奖励 and 公开批评: one row per award (嘉奖 to 授予称号) or public criticism of a cadre, with the day it
-- was decided, the reason, the body that approved or issued it and its document number.
CREATE SEQUENCE award_records_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE award_records (
    id             BIGINT         NOT NULL PRIMARY KEY,
    version        INT            NOT NULL,
    kind           VARCHAR(20)    NOT NULL,
    award_type     VARCHAR(20)    NULL,
    cadre_id       BIGINT         NOT NULL,
    cadre_name     VARCHAR(50)    NOT NULL,
    unit_id        BIGINT         NOT NULL,
    post_title     VARCHAR(100)   NOT NULL,
    decided_on     DATE           NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    issued_by      VARCHAR(100)   NOT NULL,
    document_no    VARCHAR(64)    NULL,
    recorded_by    VARCHAR(64)    NOT NULL,
    last_actor     VARCHAR(64)    NOT NULL,
    last_acted_at  DATETIME(6)    NOT NULL,
    CONSTRAINT fk_award_records_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id),
    CONSTRAINT fk_award_records_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_award_records_kind_decided ON award_records (kind, decided_on);
CREATE INDEX ix_award_records_unit ON award_records (unit_id);
CREATE INDEX ix_award_records_cadre ON award_records (cadre_id);

CREATE TABLE award_records_aud (
    id             BIGINT         NOT NULL,
    rev            BIGINT         NOT NULL,
    revtype        TINYINT        NULL,
    kind           VARCHAR(20)    NULL,
    award_type     VARCHAR(20)    NULL,
    cadre_id       BIGINT         NULL,
    cadre_name     VARCHAR(50)    NULL,
    unit_id        BIGINT         NULL,
    post_title     VARCHAR(100)   NULL,
    decided_on     DATE           NULL,
    reason         VARCHAR(1000)  NULL,
    issued_by      VARCHAR(100)   NULL,
    document_no    VARCHAR(64)    NULL,
    recorded_by    VARCHAR(64)    NULL,
    last_actor     VARCHAR(64)    NULL,
    last_acted_at  DATETIME(6)    NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_award_records_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
