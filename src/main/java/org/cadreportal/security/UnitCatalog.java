package org.cadreportal.security;

import java.util.List;

/**
 * What security needs to know of units (names, for scope pickers and the header). Implemented by the
 * organisation feature, so security does not depend on it.
 */
public interface UnitCatalog {

    /** Every active unit as a picker option, in tree order, labels indented by depth. */
    List<UnitOption> allUnits();

    String unitName(long unitId);

    /** The root of the unit tree (the city): the scope of work the portal does on its own. */
    default long rootUnitId() {
        return allUnits().get(0).id();
    }

    /** Names of several units in one query (for grids: never one query per row). */
    java.util.Map<Long, String> unitNames(java.util.Collection<Long> unitIds);

    record UnitOption(long id, String label, int depth) {
    }
}
