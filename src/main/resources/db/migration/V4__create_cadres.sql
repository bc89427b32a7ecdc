-- The cadre registry and each cadre's career history.
CREATE SEQUENCE cadres_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE career_records_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE cadres (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           INT           NOT NULL,
    cadre_code        VARCHAR(32)   NOT NULL,
    name              VARCHAR(50)   NOT NULL,
    gender            VARCHAR(10)   NOT NULL,
    birth_date        DATE          NOT NULL,
    ethnicity         VARCHAR(20)   NOT NULL,
    party             VARCHAR(20)   NOT NULL,
    education         VARCHAR(20)   NOT NULL,
    unit_id           BIGINT        NOT NULL,
    post_title        VARCHAR(100)  NOT NULL,
    cadre_rank        VARCHAR(20)   NOT NULL,
    management_level  VARCHAR(20)   NOT NULL,
    category          VARCHAR(20)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    retired_on        DATE          NULL,
    retire_reason     VARCHAR(200)  NULL,
    CONSTRAINT uk_cadres_code UNIQUE (cadre_code),
    CONSTRAINT fk_cadres_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_cadres_name ON cadres (name);
CREATE INDEX ix_cadres_unit ON cadres (unit_id);
CREATE INDEX ix_cadres_level_category ON cadres (management_level, category);
CREATE INDEX ix_cadres_status ON cadres (status);

CREATE TABLE cadres_aud (
    id                BIGINT        NOT NULL,
    rev               BIGINT        NOT NULL,
    revtype           TINYINT       NULL,
    cadre_code        VARCHAR(32)   NULL,
    name              VARCHAR(50)   NULL,
    gender            VARCHAR(10)   NULL,
    birth_date        DATE          NULL,
    ethnicity         VARCHAR(20)   NULL,
    party             VARCHAR(20)   NULL,
    education         VARCHAR(20)   NULL,
    unit_id           BIGINT        NULL,
    post_title        VARCHAR(100)  NULL,
    cadre_rank        VARCHAR(20)   NULL,
    management_level  VARCHAR(20)   NULL,
    category          VARCHAR(20)   NULL,
    status            VARCHAR(20)   NULL,
    retired_on        DATE          NULL,
    retire_reason     VARCHAR(200)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_cadres_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE career_records (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    cadre_id    BIGINT        NOT NULL,
    start_date  DATE          NOT NULL,
    end_date    DATE          NULL,
    unit_name   VARCHAR(100)  NOT NULL,
    post_title  VARCHAR(100)  NOT NULL,
    cadre_rank  VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_career_records_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_career_records_cadre ON career_records (cadre_id, start_date);

CREATE TABLE career_records_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    cadre_id    BIGINT        NULL,
    start_date  DATE          NULL,
    end_date    DATE          NULL,
    unit_name   VARCHAR(100)  NULL,
    post_title  VARCHAR(100)  NULL,
    cadre_rank  VARCHAR(20)   NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_career_records_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
