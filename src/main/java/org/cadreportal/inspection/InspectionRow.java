package org.cadreportal.inspection;

import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.Label;

/** A frontline inspection with the cadres it saw. */
public record InspectionRow(long id, int version, LocalDate inspectedOn, long unitId, String unitName, long typeId,
                            Label type, String inspectors, String finding, List<InspectedCadre> cadres) {
}
