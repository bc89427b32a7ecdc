package org.cadreportal.report;

/** One bar of a chart: a month ("1".."12") or a unit's name, and the figure's value there. */
public record ChartBar(String label, FigureValue value) {
}
