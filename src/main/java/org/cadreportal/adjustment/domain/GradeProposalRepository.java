package org.cadreportal.adjustment.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GradeProposalRepository extends JpaRepository<GradeProposal, Long> {

    /** The open proposals whose unit lies in the scope subtree, oldest first. */
    @EntityGraph(attributePaths = {"unit"})
    @Query("""
            select p from GradeProposal p where p.status = org.cadreportal.adjustment.domain.GradeProposal.Status.OPEN
            and p.unit.path like :scope% order by p.raisedAt, p.id""")
    List<GradeProposal> findOpenInScope(String scope);

    @EntityGraph(attributePaths = {"unit"})
    @Query("select p from GradeProposal p where p.id = :id and p.unit.path like :scope%")
    Optional<GradeProposal> findInScope(long id, String scope);

    boolean existsByOpenCadreId(Long openCadreId);

    /** Whether the cadre has a "down" case still open (a proposal would only duplicate it). */
    @Query(value = "select count(*) from adjustment_cases where cadre_id = :cadreId and direction = 'DOWN'"
            + " and status = 'OPEN'", nativeQuery = true)
    long countOpenDownCases(long cadreId);
}
