package org.cadreportal.notification.domain;

import lombok.Getter;
import org.cadreportal.base.domain.SequencedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import org.cadreportal.notification.OutboxStatus;

/**
 * A message waiting for its channel (SMS to a cadre, e-mail to an address). Sent once (status SENT with
 * sent_at); a failure is tried again after a growing pause, and after the last attempt it is FAILED with
 * its error until an administrator queues it again.
 */
@Entity
@Table(name = "outbox_messages")
@Getter
public class OutboxMessage extends SequencedEntity {

    public static final String SMS = "SMS";
    public static final String EMAIL = "EMAIL";

    private String channel;

    private Long cadreId;

    /** The e-mail address (channel EMAIL). */
    private String recipient;

    private String subject;

    private String body;

    private LocalDateTime createdAt;

    private LocalDateTime sentAt;

    private int attempts;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status = OutboxStatus.PENDING;

    private LocalDateTime nextAttemptAt;

    private String lastError;

    /** The day of a daily SMS (one per cadre, day and topic); null for a single message. */
    private java.time.LocalDate batchDay;

    private String topic;

    /** How many lines (reminders) a daily SMS sums up; {@code body} holds them, one stored text a line. */
    private int lineCount;

    /** The number an SMS went to, as it was then. */
    private String mobile;

    /** The gateway's receipt (its id for the message). */
    private String receipt;

    /** Longest body a daily SMS keeps: later lines are counted but not kept. */
    private static final int BODY_MAX = 3_900;

    protected OutboxMessage() {
    }

    public OutboxMessage(String channel, long cadreId, String body, LocalDateTime createdAt) {
        this.channel = channel;
        this.cadreId = cadreId;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public static OutboxMessage email(String address, String subject, String body, LocalDateTime createdAt) {
        OutboxMessage m = new OutboxMessage();
        m.channel = EMAIL;
        m.recipient = address;
        m.subject = subject;
        m.body = body;
        m.createdAt = createdAt;
        m.nextAttemptAt = createdAt;
        return m;
    }

    /** The first line of a cadre's SMS of {@code day} about {@code topic}, going out at {@code sendAt}. */
    public static OutboxMessage daily(long cadreId, String topic, java.time.LocalDate day, String line,
                                      LocalDateTime createdAt, LocalDateTime sendAt) {
        OutboxMessage m = new OutboxMessage(SMS, cadreId, line, createdAt);
        m.batchDay = day;
        m.topic = topic;
        m.lineCount = 1;
        m.nextAttemptAt = sendAt;
        return m;
    }

    /** Whether a line may still join: not tried yet (or not sendable, when it is only counted). */
    public boolean gathering() {
        return (status == OutboxStatus.PENDING && attempts == 0) || status == OutboxStatus.SKIPPED;
    }

    public void addLine(String line) {
        if (!gathering()) {
            throw new IllegalStateException("SMS " + getId() + " is no longer gathering lines");
        }
        lineCount++;
        if (body.length() + 1 + line.length() <= BODY_MAX) {
            body = body + "\n" + line;
        }
    }

    /** Not sendable (no number): kept with the reason, never tried. */
    public void skipped(String reason) {
        status = OutboxStatus.SKIPPED;
        nextAttemptAt = null;
        lastError = reason;
    }

    /** Not now (the quiet hours): the message waits until {@code until}; no attempt is counted. */
    public void hold(LocalDateTime until) {
        nextAttemptAt = until;
    }

    /** An SMS the gateway took: the number it went to and the gateway's receipt. */
    public void sent(LocalDateTime at, String mobile, String receipt) {
        this.mobile = mobile;
        this.receipt = receipt == null ? null : receipt.length() > 100 ? receipt.substring(0, 100) : receipt;
        sent(at);
    }

    public void sent(LocalDateTime at) {
        attempts++;
        sentAt = at;
        status = OutboxStatus.SENT;
        nextAttemptAt = null;
    }

    /**
     * Counts a failed attempt: the next waits {@code backoff} doubled for every attempt before it; after
     * {@code maxAttempts} the message is FAILED.
     */
    public void failed(LocalDateTime at, String error, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** An administrator queues a failed message again: a fresh round of attempts, starting now. */
    public void retry(LocalDateTime at) {
        if (status != OutboxStatus.FAILED) {
            throw new org.cadreportal.base.PortalException("outbox.error.notFailed");
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = at;
    }
}
