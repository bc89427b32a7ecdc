package org.cadreportal.cadre;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month as the 任免审批表 writes it, "2001.07": typed or imported also as "2001-07", "2001.7", "200107",
 * "2001年7月", or a date such as a spreadsheet's "2001-07-01", whose day is dropped. Empty is none.
 */
public final class ProfileMonth {

    private static final Pattern MONTH =
            Pattern.compile("(\\d{4})\\s*[.\\-/\\u5e74]?\\s*(\\d{1,2})\\s*\\u6708?(?:[.\\-/]\\d{1,2}\\s*\\u65e5?)?");

    private ProfileMonth() {
    }

    /** The month, or null for nothing; anything unreadable throws {@link DateTimeException}. */
    public static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeException(text);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** "2001.07", or empty for none. */
    public static String format(YearMonth month) {
        return month == null ? "" : String.format("%04d.%02d", month.getYear(), month.getMonthValue());
    }
}
