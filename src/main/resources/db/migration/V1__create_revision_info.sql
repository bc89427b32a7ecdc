-- Envers revisions: every change to an audited entity points at one row here (who and when).
CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE revinfo (
    id             BIGINT       NOT NULL PRIMARY KEY,
    rev_timestamp  BIGINT       NOT NULL,
    username       VARCHAR(64)  NOT NULL
);
