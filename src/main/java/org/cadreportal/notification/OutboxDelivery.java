package org.cadreportal.notification;

/**
 * One pass of the outbox's delivery, run at once by a caller rather than by its schedule: the demo's year
 * delivers each morning's SMS this way.
 */
public interface OutboxDelivery {

    /**
     * Delivers every SMS due now (the clock's now) as the scheduled job would — held in the quiet hours,
     * skipped without a number, marked sent with the number and receipt, retried later on a failure — but
     * in the caller's transaction, a page at a time with one read of the numbers per page, and through
     * {@code gateway} rather than the configured one.
     *
     * @return the SMS delivered
     */
    int deliverDueSms(SmsSender gateway);
}
