package org.cadreportal.archive;

/** The archive's administrator-edited lists: 领域, 层级, 类别 of entries and the 一线 types of inspections. */
public enum TermKind {
    FIELD, LEVEL, CATEGORY, FRONTLINE;

    public String labelKey() {
        return "termKind." + name();
    }
}
