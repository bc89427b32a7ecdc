package org.cadreportal.org;

/** A unit as the tree and pickers show it. */
public record UnitNode(long id, int version, String code, String name, UnitType type, Long parentId, String path,
                       boolean active, boolean hasChildren) {

    /** 0 for a root, 1 for its children, and so on: read off the path ("/1/7/" is depth 1). */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** The name indented by its depth below the top unit shown, as unit pickers list the tree. */
    public String indentedName() {
        return "\u3000".repeat(Math.max(0, depth() - 1)) + name;
    }
}
