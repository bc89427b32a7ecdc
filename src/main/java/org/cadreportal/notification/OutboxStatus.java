package org.cadreportal.notification;

/**
 * A queued message: waiting (or waiting to be tried again), handed to its channel (SENT: the gateway took it,
 * with its receipt), given up on, or SKIPPED: not sendable at all (an SMS to a cadre without a mobile number),
 * with the reason in its error column.
 */
public enum OutboxStatus {
    PENDING, SENT, FAILED, SKIPPED;

    public String labelKey() {
        return "outbox.status." + name();
    }
}
