-- The unit tree. path is the materialised path of ids ("/1/7/42/"), so a data scope
-- (a unit and its subtree) is one indexed prefix match.
CREATE SEQUENCE units_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE posts_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE units (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    code        VARCHAR(32)   NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    unit_type   VARCHAR(20)   NOT NULL,
    parent_id   BIGINT        NULL,
    path        VARCHAR(255)  NOT NULL,
    sort_order  INT           NOT NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT uk_units_code UNIQUE (code),
    CONSTRAINT fk_units_parent FOREIGN KEY (parent_id) REFERENCES units (id)
);
CREATE INDEX ix_units_path ON units (path);
CREATE INDEX ix_units_parent ON units (parent_id);

CREATE TABLE units_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    code        VARCHAR(32)   NULL,
    name        VARCHAR(100)  NULL,
    unit_type   VARCHAR(20)   NULL,
    parent_id   BIGINT        NULL,
    path        VARCHAR(255)  NULL,
    sort_order  INT           NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_units_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE posts (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     INT           NOT NULL,
    unit_id     BIGINT        NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    leader_post BOOLEAN       NOT NULL,
    active      BOOLEAN       NOT NULL,
    CONSTRAINT fk_posts_unit FOREIGN KEY (unit_id) REFERENCES units (id)
);
CREATE INDEX ix_posts_unit ON posts (unit_id);

CREATE TABLE posts_aud (
    id          BIGINT        NOT NULL,
    rev         BIGINT        NOT NULL,
    revtype     TINYINT       NULL,
    unit_id     BIGINT        NULL,
    name        VARCHAR(100)  NULL,
    leader_post BOOLEAN       NULL,
    active      BOOLEAN       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_posts_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
