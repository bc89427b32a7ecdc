package org.cadreportal.cadre;

import java.util.List;

/**
 * A feature that puts events on cadres' timelines implements this; the registry asks every source
 * after it has checked that the cadre is in the user's scope. A source returns nothing at all, not even
 * the kind and the date, when the signed-in user may not open its records
 * ({@link org.cadreportal.audit.RecordAccess}): that a cadre has, say, an open 能上能下 case is itself
 * not for a reader who may not open the case.
 */
public interface TimelineSource {

    List<TimelineEntry> entriesFor(long cadreId);
}
