package org.cadreportal.notification.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.notification.OutboxAdmin;
import org.cadreportal.notification.OutboxRow;
import org.cadreportal.notification.OutboxStatus;
import org.cadreportal.notification.domain.OutboxMessage;
import org.cadreportal.notification.domain.OutboxMessageRepository;
import org.cadreportal.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class OutboxAdminImpl implements OutboxAdmin {

    private final OutboxMessageRepository outbox;
    private final Clock clock;
    private final StoredTexts texts;

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<OutboxRow> page(OutboxStatus status, String channel, Pageable pageable) {
        Pageable p = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        return outbox.search(status, channel, Paging.safe(p, SORTABLE)).map(this::row).getContent();
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public long count(OutboxStatus status, String channel) {
        return outbox.countSearch(status, channel);
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional
    public void retry(long id) {
        outbox.findById(id).orElseThrow(RecordNotFoundException::new).retry(LocalDateTime.now(clock));
    }

    private static final Set<String> SORTABLE = Set.of("id", "createdAt", "attempts", "nextAttemptAt", "status",
            "channel");

    private OutboxRow row(OutboxMessage m) {
        String recipient = m.getRecipient() != null ? m.getRecipient()
                : m.getCadreId() != null ? texts.show(StoredText.of("outbox.recipient.cadre", m.getCadreId())) : "";
        if (m.getMobile() != null) {
            recipient += " " + org.cadreportal.cadre.MobileNumber.masked(m.getMobile());
        }
        return new OutboxRow(m.getId(), m.getChannel(), recipient, texts.show(m.getSubject()), texts.show(m.getBody()), m.getCreatedAt(),
                m.getStatus(), m.getAttempts(), m.getNextAttemptAt(), m.getSentAt(),
                m.getLastError() == null ? null : texts.show(m.getLastError()));
    }
}
