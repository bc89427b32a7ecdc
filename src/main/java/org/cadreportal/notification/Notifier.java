package org.cadreportal.notification;

/** What other features call to tell a cadre something; both are written in the caller's transaction. */
public interface Notifier {

    void notice(long cadreId, String title, String body, String link);

    /** Queues a short message for the SMS channel; sent by the outbox job. */
    void sms(long cadreId, String body);
}
