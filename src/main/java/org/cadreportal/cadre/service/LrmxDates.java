package org.cadreportal.cadre.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as LRMX files carry them. The editor writes months as {@code YYYYMM} (出生年月, 入党时间,
 * 参加工作时间, a relative's 出生日期) and days as {@code YYYYMMDD} (计算年龄时间, 填表时间); files from other
 * programs use {@code YYYY.MM} or {@code YYYY-MM} as well, and some give a day where a month is asked, so
 * reading accepts those too. Writing always uses the editor's own form.
 */
final class LrmxDates {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern READ = Pattern.compile(
            "(\\d{4})(?:(\\d{2})(\\d{2})?|[.\\-/](\\d{1,2})(?:[.\\-/](\\d{1,2}))?)");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private LrmxDates() {
    }

    static String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A month, or empty when the text is not one (blank text is not read here). */
    static Optional<YearMonth> readMonth(String text) {
        return read(text).map(d -> YearMonth.of(d.year, d.month));
    }

    /** A day; a month alone is read as its first day. */
    static Optional<LocalDate> readDay(String text) {
        return read(text).map(d -> LocalDate.of(d.year, d.month, d.day));
    }

    private record Parts(int year, int month, int day) {
    }

    private static Optional<Parts> read(String text) {
        Matcher m = READ.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String month = m.group(2) != null ? m.group(2) : m.group(4);
        String day = m.group(2) != null ? m.group(3) : m.group(5);
        if (month == null || year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        try {
            Parts p = new Parts(year, Integer.parseInt(month), day == null ? 1 : Integer.parseInt(day));
            LocalDate.of(p.year, p.month, p.day);
            return Optional.of(p);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
