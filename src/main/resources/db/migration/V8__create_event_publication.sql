-- Spring Modulith's event publication registry (JPA): an event between features is stored with the
-- transaction that raised it and completed when its listener succeeds, so none is lost.
CREATE TABLE event_publication (
    id                      UUID           NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)   NOT NULL,
    event_type              VARCHAR(512)   NOT NULL,
    serialized_event        VARCHAR(4000)  NOT NULL,
    publication_date        DATETIME(6)    NOT NULL,
    completion_date         DATETIME(6)    NULL,
    status                  VARCHAR(20)    NULL,
    completion_attempts     INT            NOT NULL,
    last_resubmission_date  DATETIME(6)    NULL
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);

CREATE TABLE event_publication_archive (
    id                      UUID           NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)   NOT NULL,
    event_type              VARCHAR(512)   NOT NULL,
    serialized_event        VARCHAR(4000)  NOT NULL,
    publication_date        DATETIME(6)    NOT NULL,
    completion_date         DATETIME(6)    NULL,
    status                  VARCHAR(20)    NULL,
    completion_attempts     INT            NOT NULL,
    last_resubmission_date  DATETIME(6)    NULL
);
