package org.cadreportal.accusation.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AccusationCaseRepository extends JpaRepository<AccusationCase, Long>,
        JpaSpecificationExecutor<AccusationCase> {

    @EntityGraph(attributePaths = {"unit"})
    @Query("select c from AccusationCase c where c.id = :id")
    Optional<AccusationCase> findWithUnitById(long id);

    /** Serialises moves on one case: the second actor waits, then sees the first one's change. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from AccusationCase c join fetch c.unit where c.id = :id")
    Optional<AccusationCase> findForUpdate(long id);

    @Query(value = "select next value for accusation_numbers_seq", nativeQuery = true)
    long nextNumber();

    /** The accused of a page of cases in one query, for the list's names column. */
    @Query("select a.accusationCase.id, a.cadreName from AccusedCadre a where a.accusationCase.id in :caseIds"
            + " order by a.accusationCase.id, a.ordinal")
    List<Object[]> accusedNames(List<Long> caseIds);

    /** False accusations dealt with: cases in the subtree with a 诬告陷害 finding made in the period. */
    @Query("select count(c) from AccusationCase c where c.foundOn between :from and :to"
            + " and c.unit.path like concat(:path, '%') and exists (select a.id from Allegation a"
            + " where a.accusationCase = c and a.finding = org.cadreportal.accusation.FindingType.FABRICATED)")
    long countFalseAccusations(LocalDate from, LocalDate to, String path);

    /** Person-times clarified: every cadre cleared in the period whose unit is in the subtree. */
    @Query("select count(k) from Clarification k, AccusationUnit u where k.unitId = u.id"
            + " and k.clarifiedOn between :from and :to and u.path like concat(:path, '%')")
    long countClarified(LocalDate from, LocalDate to, String path);

    @Query("select count(c) from AccusationCase c where c.receivedOn between :from and :to"
            + " and c.unit.path like concat(:path, '%')")
    long countReceived(LocalDate from, LocalDate to, String path);

    /** Clarifications late today: due date passed while the case has not completed its 澄清 step. */
    @Query("select count(c) from AccusationCase c where c.progress.status = org.cadreportal.workflow.CaseStatus.OPEN"
            + " and c.clarificationDueOn < :today and c.progress.currentOrdinal <= :clarifyOrdinal"
            + " and c.unit.path like concat(:path, '%')")
    long countClarificationsOverdue(LocalDate today, int clarifyOrdinal, String path);

    /** The clarifications a cadre was given, with their case, for the cadre's timeline. */
    @Query("select k from Clarification k join fetch k.accusationCase c join fetch c.unit"
            + " where k.cadreId = :cadreId order by k.clarifiedOn desc")
    List<Clarification> clarificationsOf(long cadreId);
}
