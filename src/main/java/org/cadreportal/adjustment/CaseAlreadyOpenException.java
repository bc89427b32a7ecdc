package org.cadreportal.adjustment;

import org.cadreportal.base.FieldException;

/**
 * A cadre has at most one open case of each direction, and no 上 while a 下 is open: opening one is refused on
 * the cadre field, naming the open case ({@code caseNo}), whose page is {@link #caseId()}.
 */
public class CaseAlreadyOpenException extends FieldException {

    private final long caseId;

    public CaseAlreadyOpenException(long caseId, String caseNo) {
        this(caseId, caseNo, "adjustment.error.alreadyOpen");
    }

    /** Refused for the open case {@code caseNo} with the message {@code messageKey}. */
    public CaseAlreadyOpenException(long caseId, String caseNo, String messageKey) {
        super("cadreId", messageKey, caseNo);
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
