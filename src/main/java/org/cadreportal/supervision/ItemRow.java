package org.cadreportal.supervision;

import java.time.LocalDate;

/** An item as the grids show it. */
public record ItemRow(long id, String itemNo, String title, String sectionZh, String aspectZh, String aspectEn,
                      ControlMethod method, String leadUnit, LocalDate startDate, LocalDate endDate,
                      int actualProgress, Light light, ItemStatus status, String supervisorName) {
}
