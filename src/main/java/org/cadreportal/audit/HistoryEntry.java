package org.cadreportal.audit;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who, when, what kind of change, and each field that changed. */
public record HistoryEntry(long revision, Instant when, String who, ChangeType type, List<FieldChange> changes) {

    public enum ChangeType { CREATED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) {
    }
}
