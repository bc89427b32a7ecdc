package org.cadreportal.assessment;

import java.util.List;

/** A unit's result sheet in a plan: the result and every indicator's line. */
public record UnitSheet(int year, String groupName, ResultRow result, List<SheetLine> lines) {
}
