package org.cadreportal.cadre;

import java.time.LocalDate;

/**
 * One record in a portrait section: its day, a short title (period and 领域, item number, case number),
 * its text, an optional tag (a light, a score, a recommendation, a finding) with the tone it is shown in,
 * and the portal route of the record itself, e.g. {@code supervision/item/12}.
 */
public record PortraitRow(LocalDate date, String title, String text, String tag, Tone tone, String link) {

    /** How a tag or figure reads: neutral, good (an award, a recommendation), a warning, bad (a red light). */
    public enum Tone { NONE, GOOD, WARN, BAD }
}
