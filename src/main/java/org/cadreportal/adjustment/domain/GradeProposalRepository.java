package org.cadreportal.adjustment.domain;

import org.cadreportal.base.domain.CadreProposalRepository;
import org.springframework.data.jpa.repository.Query;

public interface GradeProposalRepository extends CadreProposalRepository<GradeProposal> {

    boolean existsByOpenCadreId(Long openCadreId);

    /** Whether the cadre has a "down" case still open (a proposal would only duplicate it). */
    @Query(value = "select count(*) from adjustment_cases where cadre_id = :cadreId and direction = 'DOWN'"
            + " and status = 'OPEN'", nativeQuery = true)
    long countOpenDownCases(long cadreId);
}
