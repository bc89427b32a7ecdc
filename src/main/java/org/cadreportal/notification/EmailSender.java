package org.cadreportal.notification;

/**
 * The e-mail channel. Present only when {@code portal.mail.enabled=true} (Spring Mail with the
 * {@code spring.mail.*} SMTP settings); without it no e-mail is queued.
 */
public interface EmailSender {

    void send(String to, String subject, String body);
}
