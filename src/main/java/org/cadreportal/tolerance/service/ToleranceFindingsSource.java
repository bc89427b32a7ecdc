package org.cadreportal.tolerance.service;

import java.util.List;
import org.cadreportal.adjustment.ToleranceFinding;
import org.cadreportal.adjustment.ToleranceFindings;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.tolerance.domain.ToleranceApplicationRepository;
import org.cadreportal.tolerance.domain.ToleranceUnitRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a 能上能下 case of the decided findings on its cadre, newest first, for 分析研判 and 讨论决定: only
 * those in the viewer's scope, and none when nobody is signed in.
 */
@Component
class ToleranceFindingsSource implements ToleranceFindings {

    private final ToleranceApplicationRepository applications;
    private final ToleranceUnitRepository units;
    private final CurrentUsers users;

    ToleranceFindingsSource(ToleranceApplicationRepository applications, ToleranceUnitRepository units,
                            CurrentUsers users) {
        this.applications = applications;
        this.units = units;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    // The roles that open an adjustment case, whose details list these findings.
    @CaseReaders
    public List<ToleranceFinding> findingsFor(long cadreId) {
        return users.current()
                .flatMap(u -> units.findById(u.scopeUnitId()))
                .map(scope -> applications.findDecided(cadreId, scope.getPath()).stream()
                        .map(a -> new ToleranceFinding(a.getDecidedOn(), a.getApplicationNo() + " " + a.getMatter(),
                                a.getOutcome().chinese() + "。" + a.getFindingReasons()))
                        .toList())
                .orElse(List.of());
    }
}
