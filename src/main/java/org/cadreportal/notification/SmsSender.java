package org.cadreportal.notification;

/**
 * The SMS gateway. The default only logs ({@code portal.sms.provider=log}); {@code portal.sms.provider=aliyun}
 * sends through Alibaba Cloud SMS. A failure is an exception: the outbox tries again later.
 */
public interface SmsSender {

    /** @return the gateway's receipt for the message (its id there), or null when it gives none */
    String send(Sms sms);

    /**
     * One text message to a mobile number: {@code text} as it reads in full; {@code reminders} how many
     * reminders a daily summary holds (0 for a single message) and {@code summary} its short form, for
     * gateways that send registered templates with parameters.
     */
    record Sms(long cadreId, String mobile, String text, int reminders, String summary) {
    }
}
