package org.cadreportal.archive;

import java.time.LocalDateTime;

/** One status change of an entry, with who and when. */
public record EntryTransitionRow(EntryStatus from, EntryStatus to, String actorName, LocalDateTime at, String note) {
}
