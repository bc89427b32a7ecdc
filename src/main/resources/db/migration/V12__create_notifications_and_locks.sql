-- In-app notices per user, the outbox of messages for other channels (SMS), and ShedLock's table so a
-- scheduled job runs on one node only.
CREATE SEQUENCE notices_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE outbox_messages_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE notices (
    id          BIGINT         NOT NULL PRIMARY KEY,
    cadre_id    BIGINT         NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    body        VARCHAR(2000)  NOT NULL,
    link        VARCHAR(200)   NULL,
    read_at     DATETIME(6)    NULL
);
CREATE INDEX ix_notices_cadre ON notices (cadre_id, created_at);

CREATE TABLE outbox_messages (
    id          BIGINT         NOT NULL PRIMARY KEY,
    channel     VARCHAR(10)    NOT NULL,
    cadre_id    BIGINT         NOT NULL,
    body        VARCHAR(1000)  NOT NULL,
    created_at  DATETIME(6)    NOT NULL,
    sent_at     DATETIME(6)    NULL,
    attempts    INT            NOT NULL
);
CREATE INDEX ix_outbox_unsent ON outbox_messages (sent_at, id);

CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP(3)  NOT NULL,
    locked_at   TIMESTAMP(3)  NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL
);
