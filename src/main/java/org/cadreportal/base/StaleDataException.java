package org.cadreportal.base;

/** Someone else saved the same record first; the user's edits stay in the form to reapply. */
public class StaleDataException extends PortalException {

    public StaleDataException() {
        super("error.stale");
    }

    /**
     * A case moved by someone else since the user looked: says who and when (to the second), for every case
     * type alike. {@code messageKey} reads {0} as the actor and {1} as the time.
     */
    public static StaleDataException movedBy(String messageKey, String actor, java.time.LocalDateTime at) {
        return new StaleDataException(messageKey, actor, at.withNano(0).toString().replace('T', ' '));
    }

    /** A refusal that can say more, e.g. who saved first and when. */
    public StaleDataException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
