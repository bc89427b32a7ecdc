package org.cadreportal.notification.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.cadre.CadreMobiles;
import org.cadreportal.notification.EmailSender;
import org.cadreportal.notification.OutboxDelivery;
import org.cadreportal.notification.OutboxStatus;
import org.cadreportal.notification.SmsSender;
import org.cadreportal.notification.domain.OutboxMessage;
import org.cadreportal.notification.domain.OutboxMessageRepository;
import org.cadreportal.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands due messages to their channel every minute, on one node (ShedLock). Each message is sent and
 * marked in its own transaction, so one bad message neither holds back nor re-sends the others. A
 * failure waits {@code portal.outbox.backoff} (doubling with every attempt) before the next; after
 * {@link #MAX_ATTEMPTS} the message is FAILED and waits for an administrator. An SMS due in the quiet hours
 * waits until they end, uncounted; one to a cadre without a mobile number is SKIPPED with the reason. A
 * message is locked while it is sent, so a line joining a daily SMS either goes with it or waits for the next.
 */
@Component
public class OutboxJob implements OutboxDelivery {

    public static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(OutboxJob.class);
    private static final int BATCH = 200;

    private final OutboxMessageRepository outbox;
    private final SmsSender sms;
    private final ObjectProvider<EmailSender> email;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final Duration backoff;
    private final StoredTexts texts;
    private final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();
    private final QuietHours quiet;
    private final CadreMobiles mobiles;

    OutboxJob(OutboxMessageRepository outbox, SmsSender sms, ObjectProvider<EmailSender> email, Clock clock,
              TransactionTemplate tx, @Value("${portal.outbox.backoff:PT1M}") Duration backoff,
              StoredTexts texts, QuietHours quiet, CadreMobiles mobiles) {
        this.quiet = quiet;
        this.mobiles = mobiles;
        this.outbox = outbox;
        this.sms = sms;
        this.email = email;
        this.clock = clock;
        this.tx = tx;
        this.backoff = backoff;
        this.texts = texts;
    }

    // Held at least a few seconds so that a second node whose timer fires just after this run ends does not run
    // again for the same tick (one run per tick across the nodes); well under the one-minute delay.
    @Scheduled(fixedDelayString = "${portal.outbox.delay:PT1M}")
    @SchedulerLock(name = "notification-outbox", lockAtLeastFor = "${portal.outbox.lock-at-least:PT10S}",
            lockAtMostFor = "PT5M")
    public void send() {
        runs.incrementAndGet();
        List<Long> due = tx.execute(s -> outbox.findDue(LocalDateTime.now(clock), PageRequest.of(0, BATCH)));
        for (Long id : due) {
            tx.executeWithoutResult(s -> outbox.findForSending(id)
                    .filter(m -> m.getStatus() == OutboxStatus.PENDING)
                    .ifPresent(this::deliver));
        }
    }

    /** How many outbox runs this node has made since it started (for the operators and the tests). */
    @PermitAll
    public long runs() {
        return runs.get();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(propagation = Propagation.MANDATORY)
    public int deliverDueSms(SmsSender gateway) {
        LocalDateTime now = LocalDateTime.now(clock);
        int delivered = 0;
        while (true) {
            // Each pass leaves none of its page due: sent, skipped, held or tried again later.
            List<OutboxMessage> due = outbox.findDueSmsForSending(now, PageRequest.of(0, BATCH));
            if (due.isEmpty()) {
                return delivered;
            }
            Map<Long, String> numbers = quiet.quiet(now) ? Map.of()
                    : mobiles.forSending(due.stream().map(OutboxMessage::getCadreId).distinct().toList());
            for (OutboxMessage m : due) {
                deliver(m, now, numbers::get, gateway);
                delivered += m.getStatus() == OutboxStatus.SENT ? 1 : 0;
            }
            outbox.flush();
            if (due.size() < BATCH) {
                return delivered;
            }
        }
    }

    private void deliver(OutboxMessage m) {
        deliver(m, LocalDateTime.now(clock), cadreId -> mobiles.forSending(cadreId).orElse(null), sms);
    }

    private void deliver(OutboxMessage m, LocalDateTime now, java.util.function.LongFunction<String> numberOf,
                         SmsSender gateway) {
        String mobile = null;
        if (OutboxMessage.SMS.equals(m.getChannel())) {
            if (quiet.quiet(now)) {
                m.hold(quiet.nextAllowed(now));
                return;
            }
            mobile = numberOf.apply(m.getCadreId());
            if (mobile == null) {
                m.skipped(NotifierImpl.NO_MOBILE);
                return;
            }
        }
        try {
            switch (m.getChannel()) {
                case OutboxMessage.SMS -> {
                    m.sent(now, mobile, gateway.send(SmsTexts.compose(m, mobile, texts)));
                    return;
                }
                case OutboxMessage.EMAIL -> {
                    EmailSender sender = email.getIfAvailable();
                    if (sender == null) {
                        throw new IllegalStateException("e-mail channel is off (portal.mail.enabled)");
                    }
                    // Mailboxes have no UI language: they get the portal's default, Chinese.
                    sender.send(m.getRecipient(), texts.show(m.getSubject(), Locale.SIMPLIFIED_CHINESE),
                            texts.show(m.getBody(), Locale.SIMPLIFIED_CHINESE));
                }
                default -> throw new IllegalStateException("unknown channel " + m.getChannel());
            }
            m.sent(now);
        } catch (RuntimeException e) {
            log.warn("{} message {} not sent (attempt {}): {}", m.getChannel(), m.getId(), m.getAttempts() + 1,
                    e.getMessage());
            m.failed(now, e.getClass().getSimpleName() + ": " + e.getMessage(), backoff, MAX_ATTEMPTS);
        }
    }
}
