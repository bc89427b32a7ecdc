package org.cadreportal.supervision;

/**
 * The kind of a supervision item (审核备案类, 工业项目, 在建项目, 民生实事, 工业增长点); each names the control
 * method a new item of its kind starts with (a setting), changeable per item.
 */
public enum ItemType {
    FILING, INDUSTRIAL, CONSTRUCTION, LIVELIHOOD, GROWTH;

    public String labelKey() {
        return "supervision.type." + name();
    }
}
