package org.cadreportal.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cadreportal.adjustment.ToleranceFinding;
import org.cadreportal.adjustment.ToleranceFindings;
import org.springframework.stereotype.Component;

/**
 * Stands in for the tolerance feature (not built yet) in every test context: a test puts a finding
 * on a cadre and sees where the case page shows it. Empty unless a test says otherwise.
 */
@Component
public class StubToleranceFindings implements ToleranceFindings {

    private static final Map<Long, List<ToleranceFinding>> FINDINGS = new ConcurrentHashMap<>();

    public static void put(long cadreId, ToleranceFinding finding) {
        FINDINGS.put(cadreId, List.of(finding));
    }

    public static void clear() {
        FINDINGS.clear();
    }

    @Override
    public List<ToleranceFinding> findingsFor(long cadreId) {
        return FINDINGS.getOrDefault(cadreId, List.of());
    }
}
