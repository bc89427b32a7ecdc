package org.cadreportal.award.domain;

import java.util.Optional;
import org.cadreportal.base.domain.CadreProposalRepository;

public interface AwardProposalRepository extends CadreProposalRepository<AwardProposal> {

    Optional<AwardProposal> findByOpenCadreIdAndYear(Long openCadreId, int year);

    /**
     * Whether the cadre's grade of that year has already been proposed, decided or still open (called with
     * WITHDRAWN: a withdrawn proposal does not count, the grade went away from 优秀 and may come back).
     */
    boolean existsByCadreIdAndYearAndStatusNot(long cadreId, int year, AwardProposal.Status status);
}
