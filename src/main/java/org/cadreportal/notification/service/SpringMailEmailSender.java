package org.cadreportal.notification.service;

import org.cadreportal.notification.EmailSender;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Mail, on only with {@code portal.mail.enabled=true}; the SMTP server is configured
 * with the {@code spring.mail.*} properties (host, port, username, password) and the sender with
 * {@code portal.mail.from}. A delivery error is thrown, so the outbox tries again later.
 */
@Component
@ConditionalOnProperty(name = "portal.mail.enabled", havingValue = "true")
class SpringMailEmailSender implements EmailSender {

    private final JavaMailSender mail;
    private final String from;

    SpringMailEmailSender(JavaMailSender mail, @Value("${portal.mail.from:noreply@cadreportal.local}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(String to, String subject, String body) {
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(body);
        mail.send(m);
    }
}
