package org.cadreportal.adjustment;

import java.util.List;

/**
 * Proposals raised by a 基本称职 / 不称职 年度考核 grade ({@link org.cadreportal.cadre.AnnualGradesRecorded}):
 * a clerk opens a 下 case from one (situation 10, source 年度考核, through the normal 启动动议) or dismisses
 * it with a reason; nothing opens by itself. Only proposals within the acting user's data scope are seen.
 */
public interface GradeProposalService {

    /** The open proposals in my scope, oldest first; empty for a user who is not a clerk. */
    List<GradeProposalRow> openProposals();

    /** Opens the 下 case the proposal names and closes the proposal with it. */
    CaseDetails open(long id, int version);

    /** Closes the proposal without a case; the reason is required and kept with who and when. */
    void dismiss(long id, int version, String reason);
}
