package org.cadreportal.base;

/** Someone else saved the same record first; the user's edits stay in the form to reapply. */
public class StaleDataException extends PortalException {

    public StaleDataException() {
        super("error.stale");
    }

    /** A refusal that can say more, e.g. who saved first and when. */
    public StaleDataException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
