package org.cadreportal.cadre;

import java.util.Locale;
import java.util.Optional;

/**
 * A feature that has records about a cadre puts a section in the cadre's portrait (干部画像) through this,
 * as it puts lines on the timeline through {@link TimelineSource}: the registry asks every source after it
 * has checked that the cadre is in the user's scope. The same rule holds: a source returns nothing at all
 * when the signed-in user may not open its records ({@link org.cadreportal.audit.RecordAccess}). A source
 * reads its section in one or two queries for the cadre, never one per row, and writes its texts in the
 * reader's {@code locale}.
 */
public interface PortraitSource {

    Optional<PortraitSection> sectionFor(long cadreId, Locale locale);
}
