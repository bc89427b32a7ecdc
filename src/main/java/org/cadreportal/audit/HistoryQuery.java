package org.cadreportal.audit;

import java.util.List;
import java.util.Set;

/**
 * Reads the Envers history of one record. Callers check the record is in the user's scope first:
 * this query only knows types and ids.
 */
public interface HistoryQuery {

    /** Newest first; {@code fields} names the properties worth showing (others are ignored). */
    List<HistoryEntry> historyOf(Class<?> entityType, Object id, Set<String> fields);
}
