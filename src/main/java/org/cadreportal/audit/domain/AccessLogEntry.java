package org.cadreportal.audit.domain;

import org.cadreportal.base.domain.SequencedEntity;
import org.cadreportal.audit.AccessRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.cadreportal.audit.AccessAction;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One access to a record; written once, never changed. */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessLogEntry extends SequencedEntity {

    private LocalDateTime accessedAt;

    private String username;

    private String displayName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AccessAction action;

    private String recordType;

    private Long recordId;

    private String recordLabel;

    private String remoteAddr;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(LocalDateTime accessedAt, String username, String displayName, AccessAction action,
                          String recordType, Long recordId, String recordLabel, String remoteAddr) {
        this.accessedAt = accessedAt;
        this.username = username;
        this.displayName = displayName;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordLabel = recordLabel == null || recordLabel.length() <= 200 ? recordLabel
                : recordLabel.substring(0, 200);
        this.remoteAddr = remoteAddr;
    }

    /** How the access log's grid shows this read. */
    public AccessRow row() {
        return new AccessRow(getId(), accessedAt, username, displayName, action, recordType, recordId, recordLabel,
                remoteAddr);
    }
}
