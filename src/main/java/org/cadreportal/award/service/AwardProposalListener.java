package org.cadreportal.award.service;

import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.security.Role;
import org.cadreportal.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An 优秀 年度考核 grade raises a proposal to record a 记功奖励 in the clerks' 我的待办, and a grade changed
 * away from 优秀 withdraws it; nothing is awarded by itself. Runs after the grade's transaction commits, as
 * the portal itself.
 */
@Component
@RequiredArgsConstructor
class AwardProposalListener {

    private final AwardProposalServiceImpl proposals;
    private final SystemActor system;

    @ApplicationModuleListener
    void on(AnnualGradesRecorded recorded) {
        system.runAs(Role.CLERK, () -> proposals.gradeRecorded(recorded));
    }
}
