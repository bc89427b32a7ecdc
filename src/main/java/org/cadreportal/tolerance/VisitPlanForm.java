package org.cadreportal.tolerance;

import java.time.LocalDate;
import java.util.List;

/** A visit planned: the day and who will go (at least two people, by name). */
public record VisitPlanForm(LocalDate plannedOn, List<String> visitors) {
}
