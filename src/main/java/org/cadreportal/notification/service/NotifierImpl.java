package org.cadreportal.notification.service;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.domain.Notice;
import org.cadreportal.notification.domain.NoticeRepository;
import org.cadreportal.notification.domain.OutboxMessage;
import org.cadreportal.notification.domain.OutboxMessageRepository;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class NotifierImpl implements Notifier, NoticeService {

    private final NoticeRepository notices;
    private final OutboxMessageRepository outbox;
    private final CurrentUsers users;
    private final Clock clock;

    NotifierImpl(NoticeRepository notices, OutboxMessageRepository outbox, CurrentUsers users, Clock clock) {
        this.notices = notices;
        this.outbox = outbox;
        this.users = users;
        this.clock = clock;
    }

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
        outbox.save(new OutboxMessage("SMS", cadreId, body, LocalDateTime.now(clock)));
    }

    @Override
    @jakarta.annotation.security.RolesAllowed(AppRoles.CADRE)
    @Transactional(readOnly = true)
    public List<NoticeRow> myNotices() {
        return myCadre() == null ? List.of() : notices.findTop100ByCadreIdOrderByCreatedAtDesc(myCadre()).stream()
                .map(n -> new NoticeRow(n.getId(), n.getCreatedAt(), n.getTitle(), n.getBody(), n.getLink(),
                        n.getReadAt() != null))
                .toList();
    }

    @Override
    @jakarta.annotation.security.RolesAllowed(AppRoles.CADRE)
    @Transactional(readOnly = true)
    public long countUnread() {
        return myCadre() == null ? 0 : notices.countByCadreIdAndReadAtIsNull(myCadre());
    }

    @Override
    @jakarta.annotation.security.RolesAllowed(AppRoles.CADRE)
    @Transactional
    public void markRead(long id) {
        notices.findById(id).filter(n -> myCadre() != null && n.getCadreId() == myCadre())
                .orElseThrow(RecordNotFoundException::new).read(LocalDateTime.now(clock));
    }

    private Long myCadre() {
        return users.require().cadreId();
    }
}
