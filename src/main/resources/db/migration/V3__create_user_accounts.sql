-- Portal users. The scope unit is a plain id: security does not own the unit tree.
CREATE SEQUENCE user_accounts_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE user_accounts (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          INT           NOT NULL,
    username         VARCHAR(64)   NOT NULL,
    display_name     VARCHAR(64)   NOT NULL,
    password_hash    VARCHAR(100)  NOT NULL,
    enabled          BOOLEAN       NOT NULL,
    scope_unit_id    BIGINT        NOT NULL,
    failed_attempts  INT           NOT NULL,
    locked_until     DATETIME(6)   NULL,
    last_login_at    DATETIME(6)   NULL,
    CONSTRAINT uk_user_accounts_username UNIQUE (username),
    CONSTRAINT fk_user_accounts_scope FOREIGN KEY (scope_unit_id) REFERENCES units (id)
);

CREATE TABLE user_roles (
    user_id  BIGINT       NOT NULL,
    role     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES user_accounts (id)
);

CREATE TABLE user_accounts_aud (
    id             BIGINT       NOT NULL,
    rev            BIGINT       NOT NULL,
    revtype        TINYINT      NULL,
    username       VARCHAR(64)  NULL,
    display_name   VARCHAR(64)  NULL,
    enabled        BOOLEAN      NULL,
    scope_unit_id  BIGINT       NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_user_accounts_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

CREATE TABLE user_roles_aud (
    rev      BIGINT       NOT NULL,
    revtype  TINYINT      NOT NULL,
    user_id  BIGINT       NOT NULL,
    role     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (rev, user_id, role),
    CONSTRAINT fk_user_roles_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
