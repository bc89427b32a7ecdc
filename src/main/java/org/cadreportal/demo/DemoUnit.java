package org.cadreportal.demo;

import org.cadreportal.org.UnitType;

/** A unit created for the demo, with its parent kept so generators can tell a township's county. */
record DemoUnit(long id, String code, String name, UnitType type, DemoUnit parent) {

    /**
     * The name as free text elsewhere (career records) must show it: "城关镇" exists in several
     * counties, so townships and 科室 carry their parent's name in front.
     */
    String fullName() {
        return type == UnitType.TOWNSHIP || type == UnitType.DEPARTMENT ? parent.name + name : name;
    }

    boolean isIn(DemoUnit county) {
        return parent != null && parent.id == county.id;
    }
}
