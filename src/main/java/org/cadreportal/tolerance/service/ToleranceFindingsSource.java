package org.cadreportal.tolerance.service;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.ToleranceFinding;
import org.cadreportal.adjustment.ToleranceFindings;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.tolerance.domain.ToleranceApplicationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a 能上能下 case of the decided findings on its cadre, newest first, for 分析研判 and 讨论决定: only
 * those in the viewer's scope, and none when nobody is signed in.
 */
@Component
@RequiredArgsConstructor
class ToleranceFindingsSource implements ToleranceFindings {

    private final ToleranceApplicationRepository applications;
    private final DataScope scope;

    @Override
    @Transactional(readOnly = true)
    // The roles that open an adjustment case, whose details list these findings.
    @CaseReaders
    public List<ToleranceFinding> findingsFor(long cadreId) {
        return scope.signedInPath()
                .map(path -> applications.findDecided(cadreId, path).stream()
                        .map(a -> new ToleranceFinding(a.getDecidedOn(), a.getApplicationNo() + " " + a.getMatter(),
                                a.getOutcome().chinese() + "。" + a.getFindingReasons()))
                        .toList())
                .orElse(List.of());
    }
}
