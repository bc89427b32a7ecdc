package org.cadreportal.cadre;

import java.util.List;

/**
 * One feature's part of a cadre's portrait: its title and summary figures, in the reader's language, and
 * its latest rows (at most {@link #MAX_ROWS}; {@code more} says how many the full timeline has besides).
 * {@code order} places it among the others (archive 10, inspections 20, supervision 30, awards 40,
 * 容错 50, clarifications 60, grades 70); {@code key} names it for tests and the page's element ids.
 * {@code line}: a few short rows (the annual grades) shown as one line of tags under the profile line
 * rather than as a card.
 */
public record PortraitSection(int order, String key, String title, List<Figure> figures, List<PortraitRow> rows,
                              int more, boolean line) {

    /** The rows a section shows at most: the portrait is a summary, the timeline has them all. */
    public static final int MAX_ROWS = 3;

    public PortraitSection {
        figures = List.copyOf(figures);
        rows = List.copyOf(rows);
    }

    /** A section of {@code rows} in the order given, cut to {@link #MAX_ROWS}. */
    public static PortraitSection of(int order, String key, String title, List<Figure> figures,
                                     List<PortraitRow> rows) {
        return new PortraitSection(order, key, title, figures, rows.subList(0, Math.min(MAX_ROWS, rows.size())),
                Math.max(0, rows.size() - MAX_ROWS), false);
    }

    /** A summary figure: a count, an average, a share, with how it reads (a red count reads {@code BAD}). */
    public record Figure(String label, String value, PortraitRow.Tone tone) {

        public static Figure of(String label, Object value) {
            return new Figure(label, String.valueOf(value), PortraitRow.Tone.NONE);
        }

        /** A count that reads {@code tone} when there is any, and plain when there is none. */
        public static Figure count(String label, int n, PortraitRow.Tone tone) {
            return new Figure(label, String.valueOf(n), n > 0 ? tone : PortraitRow.Tone.NONE);
        }
    }
}
