package org.cadreportal.award.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardProposalRepository extends JpaRepository<AwardProposal, Long> {

    /** The open proposals whose unit lies in the scope subtree, oldest first. */
    @EntityGraph(attributePaths = {"unit"})
    @Query("""
            select p from AwardProposal p where p.status = org.cadreportal.award.domain.AwardProposal.Status.OPEN
            and p.unit.path like :scope% order by p.raisedAt, p.id""")
    List<AwardProposal> findOpenInScope(String scope);

    @EntityGraph(attributePaths = {"unit"})
    @Query("select p from AwardProposal p where p.id = :id and p.unit.path like :scope%")
    Optional<AwardProposal> findInScope(long id, String scope);

    Optional<AwardProposal> findByOpenCadreIdAndYear(Long openCadreId, int year);

    /**
     * Whether the cadre's grade of that year has already been proposed, decided or still open (called with
     * WITHDRAWN: a withdrawn proposal does not count, the grade went away from 优秀 and may come back).
     */
    boolean existsByCadreIdAndYearAndStatusNot(long cadreId, int year, AwardProposal.Status status);
}
