package org.cadreportal.award;

import jakarta.validation.Valid;
import java.util.List;

/**
 * Proposals raised by an 优秀 年度考核 grade ({@link org.cadreportal.cadre.AnnualGradesRecorded}): a clerk
 * records the 记功奖励 from one (the award form, filled with the cadre and the grade as the reason) or
 * dismisses it with a reason; nothing is awarded by itself. A grade changed away from 优秀 withdraws its open
 * proposal. Only proposals within the acting user's data scope are seen.
 */
public interface AwardProposalService {

    /** The open proposals in my scope, oldest first; empty for a user who is not a clerk. */
    List<AwardProposalRow> openProposals();

    /**
     * Records the award the clerk completed from the proposal (for the proposal's cadre only) and closes the
     * proposal with it, in one transaction: a refused award leaves the proposal open.
     */
    AwardRow award(long id, int version, @Valid AwardForm form);

    /** Closes the proposal without an award; the reason is required and kept with who and when. */
    void dismiss(long id, int version, String reason);
}
