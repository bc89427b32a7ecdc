package org.cadreportal.notification.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.cadre.CadreMobiles;
import org.cadreportal.notification.NoticeLink;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.EmailSender;
import org.cadreportal.notification.domain.Notice;
import org.cadreportal.notification.domain.NoticeRepository;
import org.cadreportal.notification.domain.OutboxMessage;
import org.cadreportal.notification.domain.OutboxMessageRepository;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.security.roles.EveryRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class NotifierImpl implements Notifier, NoticeService {

    private static final int SHOWN = 100;
    /** No cadre has this id: a staff account's notices are only those to its username. */
    private static final long NO_CADRE = -1;

    private final NoticeRepository notices;
    private final OutboxMessageRepository outbox;
    private final CurrentUsers users;
    private final UserDirectory directory;
    private final Clock clock;
    /** Present only with {@code portal.mail.enabled=true}: mail is queued only where it can be sent. */
    private final ObjectProvider<EmailSender> email;
    private final StoredTexts texts;
    private final QuietHours quiet;
    private final CadreMobiles mobiles;

    /** Called by services inside their own transaction: the notice stands or falls with what caused it. */
    @Override
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void notice(long cadreId, String title, String body, String link) {
        notices.save(new Notice(cadreId, LocalDateTime.now(clock), title, body, link));
    }

    @Override
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void sms(long cadreId, String body) {
        outbox.save(new OutboxMessage(OutboxMessage.SMS, cadreId, body, LocalDateTime.now(clock)));
    }

    /** Days ahead a line may move when each day's message has gone already (a safety stop, never reached). */
    private static final int DAYS_AHEAD = 3;

    @Override
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void smsDaily(long cadreId, String topic, String line) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = quiet.nextAllowed(now);
        for (int i = 0; i < DAYS_AHEAD; i++) {
            LocalDate day = at.toLocalDate();
            OutboxMessage m = outbox.findDailyForUpdate(cadreId, topic, day).orElse(null);
            if (m == null) {
                m = outbox.save(OutboxMessage.daily(cadreId, topic, day, line, now, at));
                if (mobiles.forSending(cadreId).isEmpty()) {
                    m.skipped(NO_MOBILE);
                }
                return;
            }
            if (m.gathering()) {
                m.addLine(line);
                return;
            }
            at = quiet.opening(day.plusDays(1));
        }
    }

    @Override
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void tell(List<Tell> tells) {
        if (tells.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        notices.saveAll(tells.stream().map(t -> new Notice(t.cadreId(), now, t.title(), t.body(), t.link())).toList());
        Map<String, Map<Long, List<String>>> lines = new LinkedHashMap<>();
        tells.forEach(t -> lines.computeIfAbsent(t.topic(), k -> new LinkedHashMap<>())
                .computeIfAbsent(t.cadreId(), k -> new ArrayList<>()).add(t.smsLine()));
        lines.forEach((topic, byCadre) -> smsDaily(topic, byCadre, now));
    }

    /** {@link #smsDaily} for many cadres: one read of their messages of the day, one of the new ones' numbers. */
    private void smsDaily(String topic, Map<Long, List<String>> byCadre, LocalDateTime now) {
        LocalDateTime at = quiet.nextAllowed(now);
        LocalDate day = at.toLocalDate();
        Map<Long, OutboxMessage> open = new HashMap<>();
        outbox.findDailiesForUpdate(byCadre.keySet(), topic, day).forEach(m -> open.put(m.getCadreId(), m));
        List<Long> fresh = byCadre.keySet().stream().filter(c -> !open.containsKey(c)).toList();
        Map<Long, String> numbers = fresh.isEmpty() ? Map.of() : mobiles.forSending(fresh);
        List<OutboxMessage> created = new ArrayList<>();
        byCadre.forEach((cadreId, cadreLines) -> {
            OutboxMessage m = open.get(cadreId);
            if (m == null) {
                m = OutboxMessage.daily(cadreId, topic, day, cadreLines.getFirst(), now, at);
                if (!numbers.containsKey(cadreId)) {
                    m.skipped(NO_MOBILE);
                }
                created.add(m);
                cadreLines.subList(1, cadreLines.size()).forEach(m::addLine);
            } else if (m.gathering()) {
                cadreLines.forEach(m::addLine);
            } else {
                // The day's message has gone already: the lines wait for the next day's, one by one (rare).
                cadreLines.forEach(line -> smsDaily(cadreId, topic, line));
            }
        });
        outbox.saveAll(created);
    }

    /** The reason an SMS to a cadre is not sent, as the outbox lists it. */
    static final String NO_MOBILE = "outbox.skip.noMobile";

    @Override
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public void noticeUser(String username, String title, String body, String link) {
        toUser(username, title, body, link, List.of());
    }

    /** A notice to a user with further links (the digest), and its e-mail when the channel is on. */
    Notice toUser(String username, String title, String body, String link, List<NoticeLink> more) {
        StringBuilder links = new StringBuilder();
        for (NoticeLink l : more) {
            links.append(l.path()).append('\t').append(l.label().replace('\n', ' ').replace('\t', ' ')).append('\n');
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Notice n = notices.save(Notice.toUser(username, now, title, body, link,
                links.isEmpty() ? null : links.toString()));
        if (email.getIfAvailable() != null) {
            directory.emailOf(username).ifPresent(address ->
                    outbox.save(OutboxMessage.email(address, title, body, now)));
        }
        return n;
    }

    @Override
    @EveryRole
    @Transactional(readOnly = true)
    public List<NoticeRow> myNotices() {
        CurrentUser me = users.require();
        return notices.findMine(me.username(), cadreOf(me), PageRequest.of(0, SHOWN)).stream()
                .map(this::row).toList();
    }

    @Override
    @EveryRole
    @Transactional(readOnly = true)
    public Page<NoticeRow> unread(Pageable page) {
        CurrentUser me = users.require();
        return notices.findUnread(me.username(), cadreOf(me), page).map(this::row);
    }

    @Override
    @EveryRole
    @Transactional(readOnly = true)
    public long countUnread() {
        CurrentUser me = users.require();
        return notices.countUnread(me.username(), cadreOf(me));
    }

    @Override
    @EveryRole
    @Transactional
    public void markRead(long id) {
        CurrentUser me = users.require();
        notices.findById(id).filter(n -> mine(n, me)).orElseThrow(RecordNotFoundException::new)
                .read(LocalDateTime.now(clock));
    }

    @Override
    @EveryRole
    @Transactional
    public int markAllRead() {
        CurrentUser me = users.require();
        return notices.markAllRead(me.username(), cadreOf(me), LocalDateTime.now(clock));
    }

    private static boolean mine(Notice n, CurrentUser me) {
        return me.username().equals(n.getUsername()) || (me.cadreId() != null && me.cadreId().equals(n.getCadreId()));
    }

    private static long cadreOf(CurrentUser me) {
        return me.cadreId() == null ? NO_CADRE : me.cadreId();
    }

    /** Titles, bodies and link labels are stored texts, shown in the reader's language. */
    private NoticeRow row(Notice n) {
        List<NoticeLink> links = new ArrayList<>();
        if (n.getLinks() != null) {
            for (String line : n.getLinks().split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    links.add(new NoticeLink(line.substring(0, tab), texts.show(line.substring(tab + 1))));
                }
            }
        }
        return new NoticeRow(n.getId(), n.getCreatedAt(), texts.show(n.getTitle()), texts.show(n.getBody()), n.getLink(),
                n.getReadAt() != null, List.copyOf(links));
    }
}
