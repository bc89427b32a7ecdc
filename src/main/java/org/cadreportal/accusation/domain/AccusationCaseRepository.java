package org.cadreportal.accusation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.workflow.CaseRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface AccusationCaseRepository extends CaseRepository<AccusationCase> {

    @EntityGraph(attributePaths = {"unit"})
    @Query("select c from AccusationCase c where c.id = :id")
    Optional<AccusationCase> findWithUnitById(long id);

    /** The accused of a page of cases in one query, for the list's names column. */
    @Query("select a.accusationCase.id, a.cadreName from AccusedCadre a where a.accusationCase.id in :caseIds"
            + " order by a.accusationCase.id, a.ordinal")
    List<Object[]> accusedNames(List<Long> caseIds);

    /** False accusations dealt with: cases in the subtree with a 诬告陷害 finding made in the period. */
    String FALSE_ACCUSATIONS = " from AccusationCase c join c.unit u where c.foundOn between :from and :to"
            + " and u.path like concat(:path, '%') and exists (select a.id from Allegation a"
            + " where a.accusationCase = c and a.finding = org.cadreportal.accusation.FindingType.FABRICATED)";

    /** Person-times clarified: every cadre cleared in the period whose unit is in the subtree. */
    String CLARIFIED = " from Clarification k join k.accusationCase c, UnitView u where k.unitId = u.id"
            + " and k.clarifiedOn between :from and :to and u.path like concat(:path, '%')";

    /** Cases whose report was received in the period. */
    String RECEIVED = " from AccusationCase c join c.unit u where c.receivedOn between :from and :to"
            + " and u.path like concat(:path, '%')";

    /** The dashboard's drill-down columns of a case: id, day, case no, unit, report no. */
    String CASE_ROW = "select c.id, c.foundOn, c.caseNo, u.name, c.reportNo, c.receivedOn";

    @Query("select count(c)" + FALSE_ACCUSATIONS)
    long countFalseAccusations(LocalDate from, LocalDate to, String path);

    @Query(CASE_ROW + FALSE_ACCUSATIONS)
    List<Object[]> falseAccusations(LocalDate from, LocalDate to, String path, Pageable pageable);

    @Query("select count(k)" + CLARIFIED)
    long countClarified(LocalDate from, LocalDate to, String path);

    /** One row per person-time: id, day, cadre, case no, the cadre's unit, case id. */
    @Query("select k.id, k.clarifiedOn, k.cadreName, c.caseNo, u.name, c.id" + CLARIFIED)
    List<Object[]> clarified(LocalDate from, LocalDate to, String path, Pageable pageable);

    @Query("select count(c)" + RECEIVED)
    long countReceived(LocalDate from, LocalDate to, String path);

    @Query(CASE_ROW + RECEIVED)
    List<Object[]> received(LocalDate from, LocalDate to, String path, Pageable pageable);

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
