package org.cadreportal.audit.service;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.audit.HistoryEntry.ChangeType;
import org.cadreportal.audit.HistoryEntry.FieldChange;
import org.cadreportal.audit.HistoryQuery;
import org.cadreportal.audit.domain.RevisionInfo;
import org.cadreportal.security.roles.EveryRole;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns consecutive Envers snapshots into field-by-field changes. */
@Service
@RequiredArgsConstructor
class EnversHistoryQuery implements HistoryQuery {

    private final EntityManager em;

    @Override
    @Transactional(readOnly = true)
    // Every role that has a history tab: archive entries (all six), cadres and tolerance cases (staff).
    @EveryRole
    public List<HistoryEntry> historyOf(Class<?> entityType, Object id, List<String> fields) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            RevisionInfo rev = (RevisionInfo) row[1];
            RevisionType type = (RevisionType) row[2];
            List<FieldChange> changes = diff(previous, snapshot, fields, type);
            if (type != RevisionType.MOD || !changes.isEmpty()) {
                entries.add(new HistoryEntry(rev.getId(), Instant.ofEpochMilli(rev.getRevTimestamp()),
                        rev.getUsername(), toChangeType(type), changes));
            }
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }

    private static List<FieldChange> diff(Object before, Object after, List<String> fields, RevisionType type) {
        List<FieldChange> changes = new ArrayList<>();
        if (type == RevisionType.DEL) {
            return changes;
        }
        BeanWrapperImpl next = new BeanWrapperImpl(after);
        BeanWrapperImpl prev = before == null ? null : new BeanWrapperImpl(before);
        for (String name : fields) {
            if (!next.isReadableProperty(name)) {
                continue;
            }
            Object newValue = next.getPropertyValue(name);
            Object oldValue = prev == null ? null : prev.getPropertyValue(name);
            if (!Objects.equals(text(oldValue), text(newValue))) {
                changes.add(new FieldChange(name, text(oldValue), text(newValue)));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static ChangeType toChangeType(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeType.CREATED;
            case MOD -> ChangeType.CHANGED;
            case DEL -> ChangeType.DELETED;
        };
    }
}
