package org.cadreportal.assessment;

import java.time.LocalDateTime;

/** A year's plan as lists show it, with the version a change must name. */
public record PlanRow(long id, int version, int year, String name, PlanStatus status, PlanRules rules,
                      LocalDateTime publishedAt, LocalDateTime scoredAt, StatisticsShare share) {
}
