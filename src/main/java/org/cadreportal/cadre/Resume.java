package org.cadreportal.cadre;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 简历 in the official line format: "YYYY.MM--YYYY.MM  单位及职务", the current stretch open-ended
 * ("YYYY.MM--" padded so that its text lines up with the others). A line that begins with white space
 * continues the line above (a long post, or "（其间：…）"), as the 任免审批表 editor writes them. Readers
 * split a line at the first run of white space after the dates.
 */
public final class Resume {

    /** The longest 简历 stored (the form's text area says the same). */
    public static final int MAX_CHARS = 4000;
    private static final Pattern LINE =
            Pattern.compile("(\\d{4})\\.(\\d{2})--(?:(\\d{4})\\.(\\d{2}))?[ \\t\\u3000]+(\\S.*)");
    private static final String OPEN_PAD = " ".repeat(7);

    private Resume() {
    }

    /** One line; {@code to} null for the current post. */
    public static String line(YearMonth from, YearMonth to, String text) {
        return stamp(from) + "--" + (to == null ? OPEN_PAD : stamp(to)) + "  " + text;
    }

    private static String stamp(YearMonth month) {
        return String.format("%04d.%02d", month.getYear(), month.getMonthValue());
    }

    /** The lines of a text, without blank ones and trailing white space. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
    }

    /**
     * The first line (1-based, counting every line as typed) that breaks the format, or empty when all
     * are right: each line starts with a real start month, an end month not before it (or none), white
     * space and text, unless it continues the line above.
     */
    public static Optional<Integer> firstBadLine(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> all = text.lines().toList();
        boolean hadLine = false;
        for (int i = 0; i < all.size(); i++) {
            String l = all.get(i).stripTrailing();
            if (l.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(l.charAt(0)) || l.charAt(0) == '\u3000') {
                if (!hadLine) {
                    return Optional.of(i + 1);
                }
                continue;
            }
            if (!valid(l)) {
                return Optional.of(i + 1);
            }
            hadLine = true;
        }
        return Optional.empty();
    }

    private static boolean valid(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return false;
        }
        YearMonth from = month(m.group(1), m.group(2));
        if (from == null) {
            return false;
        }
        if (m.group(3) == null) {
            return true;
        }
        YearMonth to = month(m.group(3), m.group(4));
        return to != null && !to.isBefore(from);
    }

    private static YearMonth month(String year, String month) {
        int y = Integer.parseInt(year);
        int mo = Integer.parseInt(month);
        return y < 1900 || mo < 1 || mo > 12 ? null : YearMonth.of(y, mo);
    }
}
