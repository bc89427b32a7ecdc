package org.cadreportal.cadre.service;

import java.util.ArrayList;
import java.util.List;

/**
 * Text that must fit a box of the 干部任免审批表: wrapped by the measured width of the printed font, shrunk
 * step by step down to a smallest size, and what still does not fit handed back to go on the 续页, so that
 * nothing is ever cut off. The PDF prints the wrapped lines as they are; the Word file writes the same
 * paragraphs at the same size and lets Word wrap them.
 */
final class FormText {

    /** Line height as a multiple of the font size, the same in the PDF and in the Word file. */
    static final float LEADING = 1.3f;
    /** Inner padding of a box on each side, in points. */
    static final float PAD = 3f;

    private FormText() {
    }

    /** The width of a text at a font size, in points (the PDF font's metrics). */
    interface Measure {
        float width(String text, float size);
    }

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * One paragraph: its first line starts {@code firstIndent} in, the lines it wraps into {@code restIndent}.
     * A {@code lead} (the dates of a 简历 line) is printed at the start of the first line and the text follows
     * from {@code restIndent}, so that every 简历 line's unit and post start in one column, wrapped lines too.
     * Indents are in ems (multiples of the font size), so they hold at whatever size the box is printed.
     */
    record Para(String text, float firstIndent, float restIndent, Align align, String lead) {
        static Para left(String text) {
            return new Para(text, 0, 0, Align.LEFT, "");
        }

        static Para centre(String text) {
            return new Para(text, 0, 0, Align.CENTER, "");
        }

        static Para right(String text) {
            return new Para(text, 0, 0, Align.RIGHT, "");
        }

        Para aligned(Align to) {
            return new Para(text, firstIndent, restIndent, to, lead);
        }

        /** The paragraph this line starts, holding {@code text} (a paragraph cut for the 续页 goes on indented). */
        static Para from(Line start, String text) {
            Para of = start.of();
            return start.first() ? new Para(text, of.firstIndent, of.restIndent, of.align, of.lead)
                    : new Para(text, of.restIndent, of.restIndent, of.align, "");
        }
    }

    /** One printed line: its text, the paragraph it comes from, and its indent (in ems). */
    record Line(String text, int para, boolean first, float indent, Para of) {
        /** The lead printed before this line's text: the paragraph's, on its first line only. */
        String lead() {
            return first ? of.lead() : "";
        }
    }

    /** What a box shows at {@code size}, and what goes on to the 续页 ({@code rest}, empty when all fits). */
    record Fitted(float size, List<Line> lines, List<Para> rest) {
        boolean continued() {
            return !rest.isEmpty();
        }
    }

    static float leading(float size) {
        return size * LEADING;
    }

    /** How many lines of this size a box of this height holds. */
    static int capacity(float height, float size) {
        return (int) Math.floor((height - 2 * PAD) / leading(size));
    }

    /** Wraps every paragraph to {@code width} at {@code size}; an empty paragraph is one empty line. */
    static List<Line> wrap(List<Para> paras, float width, float size, Measure measure) {
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            Para para = paras.get(p);
            String text = para.text() == null ? "" : para.text();
            int start = 0;
            boolean first = true;
            do {
                float indent = first && para.lead().isEmpty() ? para.firstIndent() : para.restIndent();
                int end = breakAt(text, start, Math.max(width - indent * size, size), size, measure);
                lines.add(new Line(text.substring(start, end), p, first, indent, para));
                start = end;
                first = false;
            } while (start < text.length());
        }
        return lines;
    }

    /** The end of the longest piece from {@code start} that fits {@code width}; at least one character. */
    private static int breakAt(String text, int start, float width, float size, Measure measure) {
        float used = 0;
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            float w = measure.width(new String(Character.toChars(cp)), size);
            if (used + w > width && i > start) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    /**
     * The largest size from {@code max} down to {@code min} (half-point steps) at which the paragraphs fit;
     * if none does, the smallest size with as many whole paragraphs as fit, then {@code marker}, and the rest
     * handed back as paragraphs.
     */
    static Fitted fit(List<Para> paras, float width, float height, float max, float min, Measure measure,
                      String marker) {
        for (float size = max; size >= min - 0.01f; size -= 0.5f) {
            List<Line> lines = wrap(paras, width, size, measure);
            if (lines.size() <= capacity(height, size)) {
                return new Fitted(size, lines, List.of());
            }
        }
        List<Line> lines = wrap(paras, width, min, measure);
        int shown = Math.max(0, capacity(height, min) - 1);
        // A paragraph (a 简历 line, an award) goes on to the 续页 whole, unless it alone is taller than the box.
        int start = shown;
        while (start > 0 && start < lines.size() && lines.get(start - 1).para() == lines.get(start).para()) {
            start--;
        }
        if (start > 0) {
            shown = start;
        }
        List<Line> kept = new ArrayList<>(lines.subList(0, shown));
        kept.add(new Line(marker, -1, true, 0, Para.right(marker)));
        return new Fitted(min, kept, regroup(lines.subList(shown, lines.size())));
    }

    /** Lines back into paragraphs: a paragraph cut in the middle goes on with its wrapped lines' indent. */
    static List<Para> regroup(List<Line> lines) {
        List<Para> paras = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line start = lines.get(i);
            StringBuilder text = new StringBuilder(start.text());
            int j = i + 1;
            while (start.para() >= 0 && j < lines.size() && lines.get(j).para() == start.para()) {
                text.append(lines.get(j).text());
                j++;
            }
            paras.add(Para.from(start, text.toString()));
            i = j;
        }
        return paras;
    }

    /** A label written top to bottom, one character a line (the form's tall boxes), with blank lines between. */
    static List<Para> vertical(String label, int gap) {
        List<Para> paras = new ArrayList<>();
        label.codePoints().forEach(cp -> {
            if (!paras.isEmpty()) {
                for (int i = 0; i < gap; i++) {
                    paras.add(Para.centre(""));
                }
            }
            paras.add(Para.centre(new String(Character.toChars(cp))));
        });
        return paras;
    }
}
