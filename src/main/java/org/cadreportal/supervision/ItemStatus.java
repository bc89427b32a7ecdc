package org.cadreportal.supervision;

/** An item is drafted, goes online after review (审核上线), and is closed (销号); closed items are read-only. */
public enum ItemStatus {
    DRAFT, ONLINE, CLOSED;

    public String labelKey() {
        return "supervision.status." + name();
    }
}
