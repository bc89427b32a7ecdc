package org.cadreportal.archive;

import java.util.Set;

/**
 * Where an achievement entry stands. A draft or a returned entry is the filer's to edit and submit; a
 * submitted one waits for a clerk, who accepts it (locked from then on) or returns it with a reason.
 */
public enum EntryStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean canMoveTo(EntryStatus next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> Set.of(ACCEPTED, RETURNED).contains(next);
            case ACCEPTED -> false;
        };
    }

    public String labelKey() {
        return "entryStatus." + name();
    }
}
