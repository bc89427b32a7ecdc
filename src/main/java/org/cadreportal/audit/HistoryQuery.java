package org.cadreportal.audit;

import java.util.List;

/**
 * Reads the Envers history of one record. Callers check the record is in the user's scope first:
 * this query only knows types and ids.
 */
public interface HistoryQuery {

    /**
     * Newest first; {@code fields} names the properties worth showing, in the order the changes are
     * listed (others are ignored).
     */
    List<HistoryEntry> historyOf(Class<?> entityType, Object id, List<String> fields);
}
