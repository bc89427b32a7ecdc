-- Notices and outbox messages for any user account (not only a cadre), the e-mail channel, retries with
-- a backoff and a failure state for administrators, and the record of morning digests sent.
ALTER TABLE notices MODIFY COLUMN cadre_id BIGINT NULL;
ALTER TABLE notices ADD COLUMN username VARCHAR(64) NULL;
-- Further links of a notice (a digest lists several places), one "path<TAB>label" per line.
ALTER TABLE notices ADD COLUMN links VARCHAR(1000) NULL;
CREATE INDEX ix_notices_user ON notices (username, created_at);

ALTER TABLE outbox_messages MODIFY COLUMN cadre_id BIGINT NULL;
ALTER TABLE outbox_messages MODIFY COLUMN body VARCHAR(4000) NOT NULL;
ALTER TABLE outbox_messages ADD COLUMN recipient VARCHAR(200) NULL;
ALTER TABLE outbox_messages ADD COLUMN subject VARCHAR(200) NULL;
ALTER TABLE outbox_messages ADD COLUMN status VARCHAR(10) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE outbox_messages ADD COLUMN next_attempt_at DATETIME(6) NULL;
ALTER TABLE outbox_messages ADD COLUMN last_error VARCHAR(500) NULL;
UPDATE outbox_messages SET status = 'SENT' WHERE sent_at IS NOT NULL;
UPDATE outbox_messages SET status = 'FAILED' WHERE sent_at IS NULL AND attempts >= 5;
UPDATE outbox_messages SET next_attempt_at = created_at WHERE status = 'PENDING';
CREATE INDEX ix_outbox_due ON outbox_messages (status, next_attempt_at);

-- One morning digest per user and day: the key refuses a second.
CREATE TABLE notice_digests (
    id          VARCHAR(80)   NOT NULL PRIMARY KEY,
    username    VARCHAR(64)   NOT NULL,
    sent_on     DATE          NOT NULL,
    notice_id   BIGINT        NULL
);

ALTER TABLE user_accounts ADD COLUMN email VARCHAR(200) NULL;
ALTER TABLE user_accounts_aud ADD COLUMN email VARCHAR(200) NULL;
