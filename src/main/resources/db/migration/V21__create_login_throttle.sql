-- Failed sign-ins are counted per account and client address, and per address, instead of locking the
-- account for everyone: an attacker elsewhere can no longer keep a committee member out.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(200)  NOT NULL PRIMARY KEY,
    username         VARCHAR(64)   NULL,
    failures         INT           NOT NULL,
    last_failure_at  DATETIME(6)   NOT NULL,
    blocked_until    DATETIME(6)   NULL
);
CREATE INDEX ix_login_throttle_user ON login_throttle (username);

ALTER TABLE user_accounts DROP COLUMN failed_attempts;
ALTER TABLE user_accounts DROP COLUMN locked_until;
-- Set by an administrator's create or reset; cleared when the user chooses his own password.
ALTER TABLE user_accounts ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE user_accounts ADD COLUMN password_changed_at DATETIME(6) NULL;
