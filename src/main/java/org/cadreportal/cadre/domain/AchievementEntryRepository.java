package org.cadreportal.cadre.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
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
            and e.status <> org.cadreportal.cadre.EntryStatus.DRAFT order by e.periodId, e.id""")
    List<AchievementEntry> findFiledOfCadreInPeriods(long cadreId, List<Long> periodIds);
}
