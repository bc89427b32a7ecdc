package org.cadreportal.cadre;

import java.util.List;

/**
 * A feature that puts events on cadres' timelines implements this; the registry asks every source
 * after it has checked that the cadre is in the user's scope.
 */
public interface TimelineSource {

    List<TimelineEntry> entriesFor(long cadreId);
}
