package org.cadreportal.adjustment;

import java.util.List;

/**
 * Where an adjustment case learns of fault-tolerance findings on its cadre. The tolerance feature
 * implements it when it lands; until then no implementation exists and cases show none.
 */
public interface ToleranceFindings {

    List<ToleranceFinding> findingsFor(long cadreId);
}
