package org.cadreportal.assessment;

import java.util.List;

/** A plan with its library (dimensions, indicators) and groups. */
public record PlanDetails(PlanRow plan, List<DimensionRow> dimensions, List<IndicatorRow> indicators,
                          List<GroupRow> groups) {
}
