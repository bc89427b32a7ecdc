package org.cadreportal.adjustment.service;

import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.security.Role;
import org.cadreportal.security.SystemActor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A 基本称职 / 不称职 年度考核 grade raises a proposal to start a 下 in the clerks' 我的待办; it never opens a
 * case by itself. Runs after the grade's transaction commits, as the portal itself.
 */
@Component
@RequiredArgsConstructor
class GradeProposalListener {

    private final GradeProposalServiceImpl proposals;
    private final SystemActor system;

    @ApplicationModuleListener
    void on(AnnualGradesRecorded recorded) {
        if (recorded.poor()) {
            system.runAs(Role.CLERK, () -> proposals.raise(recorded));
        }
    }
}
