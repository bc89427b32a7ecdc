package org.cadreportal.tolerance.domain;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DisciplineRecordRepository extends JpaRepository<DisciplineRecord, Long>,
        JpaSpecificationExecutor<DisciplineRecord> {

    @EntityGraph(attributePaths = {"unit", "visits"})
    @Query("select d from DisciplineRecord d where d.id = :id")
    Optional<DisciplineRecord> findWithVisitsById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DisciplineRecord d where d.id = :id")
    Optional<DisciplineRecord> findForUpdate(long id);

    /**
     * The visits of a page of records counted in one query: record id, planned, made, overdue today, and
     * the earliest day of a visit not yet made.
     */
    @Query("""
            select v.record.id, count(v),
                   sum(case when v.visitedOn is not null then 1 else 0 end),
                   sum(case when v.visitedOn is null and v.plannedOn < :today then 1 else 0 end),
                   min(case when v.visitedOn is null then v.plannedOn else null end)
            from EducationVisit v where v.record.id in :ids group by v.record.id""")
    List<Object[]> visitCounts(Collection<Long> ids, LocalDate today);
}
