-- The access log (who read or exported which record, when, from where): insert-only, never edited
-- from the portal. And the working-day calendar that deadlines counted in working days use: weekends
-- are days off unless listed as make-up working days (调休上班); listed holidays are days off.
CREATE SEQUENCE access_log_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE access_log (
    id            BIGINT        NOT NULL PRIMARY KEY,
    accessed_at   DATETIME(6)   NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    display_name  VARCHAR(64)   NOT NULL,
    action        VARCHAR(10)   NOT NULL,
    record_type   VARCHAR(32)   NOT NULL,
    record_id     BIGINT        NULL,
    record_label  VARCHAR(200)  NULL,
    remote_addr   VARCHAR(64)   NULL
);
CREATE INDEX ix_access_log_time ON access_log (accessed_at);
CREATE INDEX ix_access_log_record ON access_log (record_type, record_id, accessed_at);
CREATE INDEX ix_access_log_user ON access_log (username, accessed_at);

CREATE TABLE calendar_days (
    calendar_date  DATE         NOT NULL PRIMARY KEY,
    version  INT           NOT NULL,
    kind     VARCHAR(10)   NOT NULL,
    name     VARCHAR(50)   NOT NULL
);

CREATE TABLE calendar_days_aud (
    calendar_date  DATE         NOT NULL,
    rev      BIGINT        NOT NULL,
    revtype  TINYINT       NULL,
    kind     VARCHAR(10)   NULL,
    name     VARCHAR(50)   NULL,
    PRIMARY KEY (calendar_date, rev),
    CONSTRAINT fk_calendar_days_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);

-- The State Council's published holiday arrangements for 2025 and 2026 [R]; an administrator keeps
-- later years up to date in the portal.
INSERT INTO calendar_days (calendar_date, version, kind, name) VALUES
    ('2025-01-01', 0, 'HOLIDAY', '元旦'),
    ('2025-01-26', 0, 'WORKDAY', '春节调休上班'),
    ('2025-01-28', 0, 'HOLIDAY', '春节'), ('2025-01-29', 0, 'HOLIDAY', '春节'),
    ('2025-01-30', 0, 'HOLIDAY', '春节'), ('2025-01-31', 0, 'HOLIDAY', '春节'),
    ('2025-02-01', 0, 'HOLIDAY', '春节'), ('2025-02-02', 0, 'HOLIDAY', '春节'),
    ('2025-02-03', 0, 'HOLIDAY', '春节'), ('2025-02-04', 0, 'HOLIDAY', '春节'),
    ('2025-02-08', 0, 'WORKDAY', '春节调休上班'),
    ('2025-04-04', 0, 'HOLIDAY', '清明节'), ('2025-04-05', 0, 'HOLIDAY', '清明节'),
    ('2025-04-06', 0, 'HOLIDAY', '清明节'),
    ('2025-04-27', 0, 'WORKDAY', '劳动节调休上班'),
    ('2025-05-01', 0, 'HOLIDAY', '劳动节'), ('2025-05-02', 0, 'HOLIDAY', '劳动节'),
    ('2025-05-03', 0, 'HOLIDAY', '劳动节'), ('2025-05-04', 0, 'HOLIDAY', '劳动节'),
    ('2025-05-05', 0, 'HOLIDAY', '劳动节'),
    ('2025-05-31', 0, 'HOLIDAY', '端午节'), ('2025-06-01', 0, 'HOLIDAY', '端午节'),
    ('2025-06-02', 0, 'HOLIDAY', '端午节'),
    ('2025-09-28', 0, 'WORKDAY', '国庆节调休上班'),
    ('2025-10-01', 0, 'HOLIDAY', '国庆节、中秋节'), ('2025-10-02', 0, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 0, 'HOLIDAY', '国庆节、中秋节'), ('2025-10-04', 0, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 0, 'HOLIDAY', '国庆节、中秋节'), ('2025-10-06', 0, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 0, 'HOLIDAY', '国庆节、中秋节'), ('2025-10-08', 0, 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-11', 0, 'WORKDAY', '国庆节调休上班'),
    ('2026-01-01', 0, 'HOLIDAY', '元旦'), ('2026-01-02', 0, 'HOLIDAY', '元旦'),
    ('2026-01-03', 0, 'HOLIDAY', '元旦'),
    ('2026-01-04', 0, 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 0, 'WORKDAY', '春节调休上班'),
    ('2026-02-15', 0, 'HOLIDAY', '春节'), ('2026-02-16', 0, 'HOLIDAY', '春节'),
    ('2026-02-17', 0, 'HOLIDAY', '春节'), ('2026-02-18', 0, 'HOLIDAY', '春节'),
    ('2026-02-19', 0, 'HOLIDAY', '春节'), ('2026-02-20', 0, 'HOLIDAY', '春节'),
    ('2026-02-21', 0, 'HOLIDAY', '春节'), ('2026-02-22', 0, 'HOLIDAY', '春节'),
    ('2026-02-23', 0, 'HOLIDAY', '春节'),
    ('2026-02-28', 0, 'WORKDAY', '春节调休上班'),
    ('2026-04-04', 0, 'HOLIDAY', '清明节'), ('2026-04-05', 0, 'HOLIDAY', '清明节'),
    ('2026-04-06', 0, 'HOLIDAY', '清明节'),
    ('2026-05-01', 0, 'HOLIDAY', '劳动节'), ('2026-05-02', 0, 'HOLIDAY', '劳动节'),
    ('2026-05-03', 0, 'HOLIDAY', '劳动节'), ('2026-05-04', 0, 'HOLIDAY', '劳动节'),
    ('2026-05-05', 0, 'HOLIDAY', '劳动节'),
    ('2026-05-09', 0, 'WORKDAY', '劳动节调休上班'),
    ('2026-06-19', 0, 'HOLIDAY', '端午节'), ('2026-06-20', 0, 'HOLIDAY', '端午节'),
    ('2026-06-21', 0, 'HOLIDAY', '端午节'),
    ('2026-09-20', 0, 'WORKDAY', '国庆节调休上班'),
    ('2026-09-25', 0, 'HOLIDAY', '中秋节'), ('2026-09-26', 0, 'HOLIDAY', '中秋节'),
    ('2026-09-27', 0, 'HOLIDAY', '中秋节'),
    ('2026-10-01', 0, 'HOLIDAY', '国庆节'), ('2026-10-02', 0, 'HOLIDAY', '国庆节'),
    ('2026-10-03', 0, 'HOLIDAY', '国庆节'), ('2026-10-04', 0, 'HOLIDAY', '国庆节'),
    ('2026-10-05', 0, 'HOLIDAY', '国庆节'), ('2026-10-06', 0, 'HOLIDAY', '国庆节'),
    ('2026-10-07', 0, 'HOLIDAY', '国庆节'),
    ('2026-10-10', 0, 'WORKDAY', '国庆节调休上班');
