package org.cadreportal.audit;

import java.time.LocalDate;

/** The access log's filters; null means any. {@code user} matches the username or the name. */
public record AccessFilter(String user, String recordType, Long recordId, AccessAction action, LocalDate from,
                           LocalDate to) {

    public static AccessFilter none() {
        return new AccessFilter(null, null, null, null, null, null);
    }

    public static AccessFilter ofRecord(String recordType, long recordId) {
        return new AccessFilter(null, recordType, recordId, null, null, null);
    }
}
