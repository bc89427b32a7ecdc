package org.cadreportal.audit;

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

    /** A record asked for by id that the user may not see: logged, then answered like a missing one. */
    void denied(String recordType, long recordId);

    Page<AccessRow> page(AccessFilter filter, Pageable pageable);
}
