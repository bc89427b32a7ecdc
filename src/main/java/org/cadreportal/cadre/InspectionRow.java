package org.cadreportal.cadre;

import java.time.LocalDate;
import java.util.List;

/** A frontline inspection with the cadres it saw. */
public record InspectionRow(long id, int version, LocalDate inspectedOn, long unitId, String unitName, long typeId,
                            String typeName, String inspectors, String finding, List<InspectedCadre> cadres) {
}
