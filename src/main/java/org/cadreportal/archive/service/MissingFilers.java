package org.cadreportal.archive.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.MissingFiler;
import org.cadreportal.archive.domain.FilingPeriod;
import org.cadreportal.archive.domain.FilingReminder;
import org.cadreportal.base.StoredText;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.notification.Notifier;
import org.cadreportal.security.DataScope;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * 未填报: the active cadres in scope whose category the period asks for and who have submitted nothing
 * for it (a draft is not a filing), and the reminder each of them gets, at most once a day.
 */
@Component
@RequiredArgsConstructor
class MissingFilers {

    private static final String FROM = """
            from ReadOnlyCadre c join c.unit u
            left join FilingReminder r on r.id.periodId = :period and r.id.cadreId = c.id
            where u.path like :scope and c.status = org.cadreportal.cadre.CadreStatus.ACTIVE
              and c.category in :categories
              and not exists (select 1 from AchievementEntry e where e.cadre = c and e.periodId = :period
                              and e.status <> org.cadreportal.archive.EntryStatus.DRAFT)""";

    private final EntityManager em;
    private final Notifier notifier;

    List<MissingFiler> page(FilingPeriod period, DataScope.Reach reach, Pageable pageable) {
        TypedQuery<MissingFiler> q = em.createQuery("select new org.cadreportal.archive.MissingFiler(c.id, c.name, u.name,"
                + " c.postTitle, c.category, r.remindedAt) " + FROM + " order by u.path, c.name, c.id", MissingFiler.class);
        bind(q, period, reach);
        return q.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
    }

    long count(FilingPeriod period, DataScope.Reach reach) {
        TypedQuery<Long> q = em.createQuery("select count(c) " + FROM, Long.class);
        bind(q, period, reach);
        return q.getSingleResult();
    }

    /** Reminds those not yet reminded today: a second click the same day sends nobody a second notice. */
    int remind(FilingPeriod period, DataScope.Reach reach, LocalDateTime now) {
        TypedQuery<Object[]> q = em.createQuery("select c.id, r " + FROM, Object[].class);
        bind(q, period, reach);
        String title = StoredText.of("archive.notice.remind.title", period.getNameZh(), period.getNameEn());
        String body = StoredText.of("archive.notice.remind.body", period.getNameZh(), period.getNameEn(), period.getDeadline());
        int sent = 0;
        for (Object[] row : q.getResultList()) {
            long cadreId = (Long) row[0];
            FilingReminder last = (FilingReminder) row[1];
            if (last != null && !last.getRemindedAt().toLocalDate().isBefore(now.toLocalDate())) {
                continue;
            }
            if (last == null) {
                em.persist(new FilingReminder(period.getId(), cadreId, now));
            } else {
                last.again(now);
            }
            notifier.notice(cadreId, title, body, "my-archive");
            sent++;
        }
        return sent;
    }

    private static void bind(TypedQuery<?> q, FilingPeriod period, DataScope.Reach reach) {
        List<CadreCategory> categories = List.copyOf(period.getCategories());
        // Someone who is only a cadre has no unit scope: a path nothing matches keeps them out.
        q.setParameter("scope", reach.ownOnly() ? "/none/" : reach.path() + "%");
        q.setParameter("categories", categories);
        q.setParameter("period", period.getId());
    }
}
