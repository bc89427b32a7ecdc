package org.cadreportal.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A message waiting for its channel; sent at most once (sent_at), tried again after a failure. */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_messages_seq")
    @SequenceGenerator(name = "outbox_messages_seq", sequenceName = "outbox_messages_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 10)
    private String channel;

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(nullable = false)
    private int attempts;

    protected OutboxMessage() {
    }

    public OutboxMessage(String channel, long cadreId, String body, LocalDateTime createdAt) {
        this.channel = channel;
        this.cadreId = cadreId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void sent(LocalDateTime at) {
        attempts++;
        sentAt = at;
    }

    public void failed() {
        attempts++;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public long getCadreId() {
        return cadreId;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
