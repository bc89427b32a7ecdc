package org.cadreportal.audit;

import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The access log: every read and export of a sensitive record (who, when, what, from where). Entries
 * are written in their own transaction, so a read-only request still leaves its trace, and nothing in
 * the portal edits or deletes them.
 */
public interface AccessLog {

    void read(String recordType, long recordId, String label);

    void exported(String recordType, String label);

    /** One record exported (printed, downloaded), by its id, so that its history shows who took it away. */
    void exported(String recordType, long recordId, String label);

    /** A record asked for by id that the user may not see: logged, then answered like a missing one. */
    void denied(String recordType, long recordId);

    /**
     * The one way a service looks up a record by id: absent is {@code RecordNotFoundException}; present but
     * outside the user's scope is logged as {@link #denied} and then answered with the same exception, so
     * the caller cannot tell the two apart. Types are the names in {@link AccessTypes}.
     */
    <T> T visible(String recordType, long recordId, Optional<T> found, Predicate<? super T> inScope);

    Page<AccessRow> page(AccessFilter filter, Pageable pageable);
}
