package org.cadreportal.notification;

/** What other features call to tell someone something; all are written in the caller's transaction. */
public interface Notifier {

    /** An in-app notice to a cadre (seen by the cadre's own account). */
    void notice(long cadreId, String title, String body, String link);

    /** Queues a short message for the SMS channel; sent by the outbox job. */
    void sms(long cadreId, String body);

    /**
     * Adds a line (a stored text) to the cadre's one SMS of the day about {@code topic}: the lines of a day
     * go out together as one message, never in the quiet hours (held until they end); when the day's message
     * has gone already the line waits for the next day's. A cadre without a mobile number gets none: the
     * day's message is recorded as SKIPPED with the reason.
     */
    void smsDaily(long cadreId, String topic, String line);

    /**
     * Many {@link #notice}s and {@link #smsDaily} lines at once (a nightly job's), in a few statements whatever
     * their number: the notices in one batch, the day's messages of all the cadres read in one statement and
     * their numbers in another. Lines keep their order within each cadre's message.
     */
    void tell(java.util.List<Tell> tells);

    /** One thing to tell a cadre: an in-app notice, and a line (a stored text) in the day's SMS about {@code topic}. */
    record Tell(long cadreId, String title, String body, String link, String topic, String smsLine) {
    }

    /**
     * An in-app notice to a user account by username (any role); when the e-mail channel is on and the
     * account has an address, the same text is queued as an e-mail too.
     */
    void noticeUser(String username, String title, String body, String link);
}
