-- 提醒短信 that reach people: a cadre's mobile number (personal data, not kept in the cadre's history), and
-- SMS batched per cadre and day in the outbox: the day, what it is about, how many reminders it sums up, the
-- number it went to, the gateway's receipt, and SKIPPED (with its reason) for a cadre without a number.
ALTER TABLE cadres ADD COLUMN mobile VARCHAR(11) NULL;

ALTER TABLE outbox_messages ADD COLUMN batch_day DATE NULL;
ALTER TABLE outbox_messages ADD COLUMN topic VARCHAR(20) NULL;
ALTER TABLE outbox_messages ADD COLUMN line_count INT DEFAULT 0 NOT NULL;
ALTER TABLE outbox_messages ADD COLUMN mobile VARCHAR(11) NULL;
ALTER TABLE outbox_messages ADD COLUMN receipt VARCHAR(100) NULL;
-- One daily SMS per cadre, day and topic (a single message has no day, and NULLs never clash).
CREATE UNIQUE INDEX uk_outbox_batch ON outbox_messages (cadre_id, batch_day, topic);
CREATE INDEX ix_outbox_sent ON outbox_messages (channel, topic, status, sent_at);
