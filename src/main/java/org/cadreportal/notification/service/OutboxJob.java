package org.cadreportal.notification.service;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cadreportal.notification.SmsSender;
import org.cadreportal.notification.domain.OutboxMessage;
import org.cadreportal.notification.domain.OutboxMessageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Hands queued messages to their channel every minute, on one node (ShedLock). */
@Component
class OutboxJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);
    private static final int MAX_ATTEMPTS = 5;

    private final OutboxMessageRepository outbox;
    private final SmsSender sms;
    private final Clock clock;

    OutboxJob(OutboxMessageRepository outbox, SmsSender sms, Clock clock) {
        this.outbox = outbox;
        this.sms = sms;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.outbox.delay:PT1M}")
    @SchedulerLock(name = "notification-outbox", lockAtMostFor = "PT5M")
    @Transactional
    public void send() {
        for (OutboxMessage m : outbox.findTop200BySentAtIsNullAndAttemptsLessThanOrderByIdAsc(MAX_ATTEMPTS)) {
            try {
                sms.send(m.getCadreId(), m.getBody());
                m.sent(LocalDateTime.now(clock));
            } catch (RuntimeException e) {
                log.warn("SMS {} not sent (attempt {}): {}", m.getId(), m.getAttempts() + 1, e.getMessage());
                m.failed();
            }
        }
    }
}
