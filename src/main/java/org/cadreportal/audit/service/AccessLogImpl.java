package org.cadreportal.audit.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadreportal.audit.AccessAction;
import org.cadreportal.audit.AccessFilter;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessRow;
import org.cadreportal.audit.domain.AccessLogEntry;
import org.cadreportal.audit.domain.AccessLogRepository;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.Specs;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class AccessLogImpl implements AccessLog {

    private static final Set<String> SORTABLE = Set.of("accessedAt", "username", "recordType", "action");

    private final AccessLogRepository log;
    private final CurrentUsers users;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AccessLogImpl(AccessLogRepository log, CurrentUsers users, Clock clock, PlatformTransactionManager transactions) {
        this.log = log;
        this.users = users;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @PermitAll
    public void read(String recordType, long recordId, String label) {
        write(AccessAction.READ, recordType, recordId, label);
    }

    @Override
    @PermitAll
    public void exported(String recordType, String label) {
        write(AccessAction.EXPORT, recordType, null, label);
    }

    @Override
    @PermitAll
    public void exported(String recordType, long recordId, String label) {
        write(AccessAction.EXPORT, recordType, recordId, label);
    }

    @Override
    @PermitAll
    public void denied(String recordType, long recordId) {
        write(AccessAction.DENIED, recordType, recordId, null);
    }

    @Override
    @PermitAll
    public <T> T visible(String recordType, long recordId, Optional<T> found,
                         java.util.function.Predicate<? super T> inScope) {
        T record = found.orElseThrow(RecordNotFoundException::new);
        if (!inScope.test(record)) {
            denied(recordType, recordId);
            throw new RecordNotFoundException();
        }
        return record;
    }

    @Override
    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public Page<AccessRow> page(AccessFilter filter, Pageable pageable) {
        // Newest first unless the grid sorts by something the log can sort by (an unknown property alone
        // would otherwise leave only the id, oldest first).
        Sort requested = Sort.by(pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).toList());
        Pageable safe = Paging.safe(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                requested.isSorted() ? requested : Sort.by(Sort.Direction.DESC, "accessedAt")), SORTABLE);
        return log.findAll(matching(filter), safe).map(AccessLogEntry::row);
    }

    /**
     * In a transaction of its own, started here rather than by an annotation so that {@link #visible} calling
     * {@link #denied} gets it too: the caller's transaction is often read-only, and it rolls back on the very
     * exception that follows a refusal, which must not take the trace with it.
     */
    private void write(AccessAction action, String recordType, Long recordId, String label) {
        CurrentUser user = users.require();
        AccessLogEntry entry = new AccessLogEntry(LocalDateTime.now(clock), user.username(), user.displayName(),
                action, recordType, recordId, label, remoteAddress());
        ownTransaction.executeWithoutResult(status -> log.save(entry));
    }

    /** The address the user signed in from, as Spring Security noted it at login. */
    private static String remoteAddress() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
    }

    private static Specification<AccessLogEntry> matching(AccessFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.user() != null && !f.user().isBlank()) {
                String like = Specs.contains(f.user());
                where.add(cb.or(cb.like(root.get("username"), like, '\\'),
                        cb.like(root.get("displayName"), like, '\\')));
            }
            if (f.recordType() != null) {
                where.add(cb.equal(root.get("recordType"), f.recordType()));
            }
            if (f.recordId() != null) {
                where.add(cb.equal(root.get("recordId"), f.recordId()));
            }
            if (f.action() != null) {
                where.add(cb.equal(root.get("action"), f.action()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("accessedAt"), f.from().atStartOfDay()));
            }
            if (f.to() != null) {
                where.add(cb.lessThan(root.get("accessedAt"), f.to().plusDays(1).atStartOfDay()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
