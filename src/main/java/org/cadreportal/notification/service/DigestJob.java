package org.cadreportal.notification.service;

import com.vaadin.flow.internal.CurrentInstance;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.cadreportal.base.StoredText;
import org.cadreportal.notification.NoticeLink;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.notification.domain.Notice;
import org.cadreportal.notification.domain.NoticeDigest;
import org.cadreportal.notification.domain.NoticeDigestRepository;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.SignedInAs;
import org.cadreportal.security.SystemActor;
import org.cadreportal.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 每日待办提醒: each morning every staff user with waiting work gets one notice listing it, with a count
 * and a link per kind. The job acts as each user in turn (their roles and data scope, loaded like a
 * sign-in), and asks every {@link WaitingWork} of the features, so the digest says exactly what the
 * user's own task lists show. A row per user and day (its key refuses a second) keeps it to one a day,
 * also when the job runs again; ShedLock keeps it to one node.
 */
@Component
@RequiredArgsConstructor
public class DigestJob {

    static final String TITLE = "digest.title";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    private static final List<Role> STAFF = List.of(Role.CLERK, Role.COMMITTEE, Role.DISCIPLINE, Role.SUPERVISION,
            Role.ADMIN);

    private final List<WaitingWork> sources;
    private final SystemActor system;
    private final UserDirectory directory;
    private final UserDetailsService accounts;
    private final CurrentUsers users;
    private final NotifierImpl notifier;
    private final NoticeDigestRepository digests;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Skipped on a node that finds the lock held. The lock is kept at least a minute: nodes' clocks differ by
     * a little, and a quick run must not be over before another node's 08:00 comes and runs it again.
     */
    @Scheduled(cron = "${portal.digest.cron:0 0 8 * * *}", zone = "${portal.zone:Asia/Shanghai}")
    @SchedulerLock(name = "notification-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void run() {
        runs.incrementAndGet();
        LocalDate today = LocalDate.now(clock);
        Set<String> staff = new LinkedHashSet<>();
        system.runAs(Role.ADMIN, () -> STAFF.forEach(r -> directory.members(r).forEach(m -> staff.add(m.username()))));
        int sent = 0;
        for (String username : staff) {
            try {
                if (asUser(username, () -> digest(username, today))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // One user's trouble (say, a role changed mid-run) must not cost the others their digest.
                log.warn("No digest for {}: {}", username, e.toString());
            }
        }
        log.info("Morning digest: {} of {} staff users told of waiting work", sent, staff.size());
    }

    /** How many digests this node has run since it started (for the operators and the tests). */
    @PermitAll
    public long runs() {
        return runs.get();
    }

    private boolean digest(String username, LocalDate today) {
        Boolean sent = tx.execute(s -> {
            if (digests.existsById(NoticeDigest.key(username, today))) {
                return false;
            }
            List<WaitingWork.WaitingLine> lines = new ArrayList<>();
            sources.forEach(w -> lines.addAll(w.waitingFor(users.require())));
            lines.removeIf(l -> l.count() <= 0);
            if (lines.isEmpty()) {
                return false;
            }
            StringBuilder body = new StringBuilder();
            List<NoticeLink> links = new ArrayList<>();
            for (WaitingWork.WaitingLine l : lines) {
                String text = StoredText.of("digest.line", l.label(), l.count());
                body.append(body.isEmpty() ? "" : "\n").append(text);
                links.add(new NoticeLink(l.link(), text));
            }
            Notice n = notifier.toUser(username, TITLE, body.toString(), lines.getFirst().link(), links);
            digests.save(new NoticeDigest(username, today, n.getId()));
            return true;
        });
        return Boolean.TRUE.equals(sent);
    }

    /** Acts as the user, as a sign-in would (roles, scope, own cadre); Vaadin's session context is set aside. */
    private <T> T asUser(String username, java.util.function.Supplier<T> work) {
        Map<Class<?>, CurrentInstance> vaadin = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            return SignedInAs.call(accounts.loadUserByUsername(username), work);
        } finally {
            CurrentInstance.restoreInstances(vaadin);
        }
    }
}
