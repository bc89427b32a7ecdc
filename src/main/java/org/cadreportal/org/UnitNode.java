package org.cadreportal.org;

/** A unit as the tree and pickers show it. */
public record UnitNode(long id, int version, String code, String name, UnitType type, Long parentId, String path,
                       boolean active, boolean hasChildren) {
}
