package org.cadreportal.cadre;

import java.time.LocalDate;

/**
 * One event on a cadre's timeline (一人一档): a decided adjustment, a closed supervision item, and, as
 * they land, achievement entries, awards and clarifications. {@code kindKey} is the translation key of
 * its kind, {@code link} the portal route that shows it.
 */
public record TimelineEntry(LocalDate date, String kindKey, String title, String detail, String link) {
}
