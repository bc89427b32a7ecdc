package org.cadreportal.adjustment;

import org.cadreportal.base.FieldException;

/**
 * A cadre has at most one open case of each direction: opening a second is refused on the cadre field, naming
 * the open case ({@code caseNo}), whose page is {@link #caseId()}.
 */
public class CaseAlreadyOpenException extends FieldException {

    private final long caseId;

    public CaseAlreadyOpenException(long caseId, String caseNo) {
        super("cadreId", "adjustment.error.alreadyOpen", caseNo);
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
