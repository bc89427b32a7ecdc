package org.cadreportal.notification;

/** A queued message: waiting (or waiting to be tried again), handed to its channel, or given up on. */
public enum OutboxStatus {
    PENDING, SENT, FAILED;

    public String labelKey() {
        return "outbox.status." + name();
    }
}
