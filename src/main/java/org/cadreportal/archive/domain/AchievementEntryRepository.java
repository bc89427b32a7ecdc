package org.cadreportal.archive.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AchievementEntryRepository extends JpaRepository<AchievementEntry, Long> {

    @Query("select e from AchievementEntry e join fetch e.cadre c join fetch c.unit where e.id = :id")
    Optional<AchievementEntry> findWithCadreById(Long id);

    /**
     * Locks the entry row (only it: the cadre and unit load after), so a review and an edit of the same
     * entry queue instead of both passing the version check.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from AchievementEntry e where e.id = :id")
    Optional<AchievementEntry> findForUpdate(Long id);

    /** What a printed archive shows: every entry handed in, not the cadre's unsubmitted drafts. */
    @Query("""
            select e from AchievementEntry e where e.cadre.id = :cadreId and e.periodId in :periodIds
            and e.status <> org.cadreportal.archive.EntryStatus.DRAFT order by e.periodId, e.id""")
    List<AchievementEntry> findFiledOfCadreInPeriods(long cadreId, List<Long> periodIds);

    /** Entries handed in between {@code start} (included) and {@code end} (excluded) by cadres of the subtree. */
    @Query(value = """
            select e from AchievementEntry e join fetch e.cadre c join fetch c.unit u
            where e.submittedAt >= :start and e.submittedAt < :end and u.path like concat(:path, '%')
            order by e.submittedAt desc, e.id desc""",
            countQuery = """
            select count(e) from AchievementEntry e join e.cadre c join c.unit u
            where e.submittedAt >= :start and e.submittedAt < :end and u.path like concat(:path, '%')""")
    Page<AchievementEntry> findSubmitted(LocalDateTime start, LocalDateTime end, String path, Pageable pageable);

    /** Entries accepted by a reviewer between {@code start} (included) and {@code end} (excluded). */
    @Query(value = """
            select e from AchievementEntry e join fetch e.cadre c join fetch c.unit u
            where e.status = org.cadreportal.archive.EntryStatus.ACCEPTED and e.reviewedAt >= :start
            and e.reviewedAt < :end and u.path like concat(:path, '%') order by e.reviewedAt desc, e.id desc""",
            countQuery = """
            select count(e) from AchievementEntry e join e.cadre c join c.unit u
            where e.status = org.cadreportal.archive.EntryStatus.ACCEPTED and e.reviewedAt >= :start
            and e.reviewedAt < :end and u.path like concat(:path, '%')""")
    Page<AchievementEntry> findAccepted(LocalDateTime start, LocalDateTime end, String path, Pageable pageable);
}
