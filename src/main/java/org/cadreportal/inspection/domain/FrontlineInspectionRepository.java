package org.cadreportal.inspection.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cadreportal.inspection.Recommendation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface FrontlineInspectionRepository extends JpaRepository<FrontlineInspection, Long>,
        JpaSpecificationExecutor<FrontlineInspection> {

    @Query("select i from FrontlineInspection i join fetch i.unit where i.id = :id")
    Optional<FrontlineInspection> findWithUnitById(Long id);

    /**
     * Person-times: every cadre seen at an inspection in the period at a unit of the subtree, as rows of
     * inspection id, day, unit name, cadre id, recommendation and cadre name.
     */
    @Query(value = """
            select i.id, i.inspectedOn, u.name, c.cadreId, c.recommendation, k.name
            from FrontlineInspection i join i.unit u join i.cadres c, ReadOnlyCadre k
            where k.id = c.cadreId and i.inspectedOn between :from and :to and u.path like concat(:path, '%')
            order by i.inspectedOn desc, i.id desc, c.cadreId""",
            countQuery = """
            select count(c) from FrontlineInspection i join i.unit u join i.cadres c
            where i.inspectedOn between :from and :to and u.path like concat(:path, '%')""")
    Page<Object[]> findPersonTimes(LocalDate from, LocalDate to, String path, Pageable pageable);

    /** The different cadres recommended one of {@code recs} in the period, with the last day they were. */
    @Query(value = """
            select c.cadreId, max(i.inspectedOn) from FrontlineInspection i join i.unit u join i.cadres c
            where c.recommendation in :recs and i.inspectedOn between :from and :to and u.path like concat(:path, '%')
            group by c.cadreId order by max(i.inspectedOn) desc, c.cadreId""",
            countQuery = """
            select count(distinct c.cadreId) from FrontlineInspection i join i.unit u join i.cadres c
            where c.recommendation in :recs and i.inspectedOn between :from and :to and u.path like concat(:path, '%')""")
    Page<Object[]> findRecommended(Collection<Recommendation> recs, LocalDate from, LocalDate to, String path,
                                   Pageable pageable);

    /** The recommendations behind {@link #findRecommended} for some cadres, in the rows of {@link #findPersonTimes}. */
    @Query("""
            select i.id, i.inspectedOn, u.name, c.cadreId, c.recommendation, k.name
            from FrontlineInspection i join i.unit u join i.cadres c, ReadOnlyCadre k
            where k.id = c.cadreId and c.cadreId in :cadreIds and c.recommendation in :recs
            and i.inspectedOn between :from and :to and u.path like concat(:path, '%')
            order by i.inspectedOn desc, i.id desc""")
    List<Object[]> recommendationsOf(Collection<Long> cadreIds, Collection<Recommendation> recs, LocalDate from,
                                     LocalDate to, String path);
}
