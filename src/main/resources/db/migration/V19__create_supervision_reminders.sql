-- 节点提醒: the daily reminder a responsible cadre gets while a milestone of their item is due within the
-- yellow window (or overdue) and not yet done. With the red-light reminders (escalations, rung REMINDER) these
-- are the reminders the dashboard counts; each row is one reminder sent to one cadre on one day.
CREATE SEQUENCE supervision_reminders_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE supervision_reminders (
    id            BIGINT        NOT NULL PRIMARY KEY,
    item_id       BIGINT        NOT NULL,
    milestone_id  BIGINT        NOT NULL,
    cadre_id      BIGINT        NOT NULL,
    cadre_name    VARCHAR(50)   NOT NULL,
    light         VARCHAR(10)   NOT NULL,
    sent_on       DATE          NOT NULL,
    CONSTRAINT uk_supervision_reminders UNIQUE (milestone_id, cadre_id, sent_on),
    CONSTRAINT fk_supervision_reminders_item FOREIGN KEY (item_id) REFERENCES supervision_items (id),
    CONSTRAINT fk_supervision_reminders_milestone FOREIGN KEY (milestone_id) REFERENCES milestones (id),
    CONSTRAINT fk_supervision_reminders_cadre FOREIGN KEY (cadre_id) REFERENCES cadres (id)
);
CREATE INDEX ix_supervision_reminders_sent ON supervision_reminders (sent_on, item_id);
CREATE INDEX ix_supervision_reminders_item ON supervision_reminders (item_id);
