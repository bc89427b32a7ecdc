package org.cadreportal.report;

import java.util.List;

/** The tiles of one dashboard section, in their sources' order. */
public record DashboardSection(String sectionKey, List<FigureValue> figures) {
}
