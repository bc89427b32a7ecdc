package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted in working days, on the calendar the portal ships: the State Council's 2025 and 2026
 * arrangements as seeded by the V15 migration (read from it here, so the seed is checked too).
 */
class WorkingDaysTest {

    private static final WorkingDays CHINA = new WorkingDays(seeded());
    private static final WorkingDays WEEKENDS_ONLY = new WorkingDays(Map.of());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** The rows of the migration's seed: {@code ('2025-10-01', 0, 'HOLIDAY', '国庆节、中秋节')}. */
    private static Map<LocalDate, DayKind> seeded() {
        String sql;
        try (InputStream in = WorkingDaysTest.class
                .getResourceAsStream("/db/migration/V15__create_access_log_and_calendar.sql")) {
            assertThat(in).as("the calendar migration on the class path").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<LocalDate, DayKind> days = new HashMap<>();
        Matcher m = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', 0, '(HOLIDAY|WORKDAY)'").matcher(sql);
        while (m.find()) {
            assertThat(days.put(d(m.group(1)), DayKind.valueOf(m.group(2)))).as(m.group(1)).isNull();
        }
        return days;
    }

    @Test
    void theSeedHoldsTheNationalDayAndSpringFestivalArrangements() {
        Map<LocalDate, DayKind> seed = seeded();
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(seed.get(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
        }
        assertThat(seed.get(d("2025-09-28"))).isEqualTo(DayKind.WORKDAY);
        assertThat(seed.get(d("2025-10-11"))).isEqualTo(DayKind.WORKDAY);
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertThat(seed.get(day)).as(day.toString()).isEqualTo(DayKind.HOLIDAY);
        }
        assertThat(seed.get(d("2026-02-14"))).isEqualTo(DayKind.WORKDAY);
        assertThat(seed.get(d("2026-02-28"))).isEqualTo(DayKind.WORKDAY);
        // Make-up working days fall on weekends; every other weekday is a working day anyway.
        seed.forEach((day, kind) -> {
            if (kind == DayKind.WORKDAY) {
                assertThat(WEEKENDS_ONLY.isWorkingDay(day)).as(day + " is a weekend day").isFalse();
            }
        });
    }

    @Test
    void listedDaysOverrideTheWeek() {
        assertThat(CHINA.isWorkingDay(d("2025-09-28"))).as("Sunday, 调休上班").isTrue();
        assertThat(CHINA.isWorkingDay(d("2025-10-01"))).as("Wednesday, 国庆节").isFalse();
        assertThat(CHINA.isWorkingDay(d("2025-10-12"))).as("an ordinary Sunday").isFalse();
        assertThat(CHINA.isWorkingDay(d("2025-10-13"))).as("an ordinary Monday").isTrue();
    }

    /**
     * 20 working days from Friday 2025-09-26 (the start itself not counted):
     * <pre>
     *  9-27 Sat off      9-28 Sun 调休上班  1    9-29 Mon  2    9-30 Tue  3
     * 10-01 .. 10-08 国庆节、中秋节, off
     * 10-09 Thu  4     10-10 Fri  5      10-11 Sat 调休上班  6    10-12 Sun off
     * 10-13 .. 10-17 Mon–Fri  7 .. 11
     * 10-20 .. 10-24 Mon–Fri 12 .. 16
     * 10-27 Mon 17     10-28 Tue 18      10-29 Wed 19      10-30 Thu 20
     * </pre>
     * Due Thursday 2025-10-30, six calendar days later than on a calendar of weekends only (Friday 10-24).
     */
    @Test
    void twentyWorkingDaysAcrossNationalDay2025() {
        LocalDate start = d("2025-09-26");
        assertThat(CHINA.plus(start, 20)).isEqualTo(d("2025-10-30"));
        assertThat(CHINA.plus(start, 1)).as("the make-up Sunday counts").isEqualTo(d("2025-09-28"));
        assertThat(CHINA.plus(start, 4)).as("the holiday week is skipped").isEqualTo(d("2025-10-09"));
        assertThat(CHINA.plus(start, 6)).as("the make-up Saturday counts").isEqualTo(d("2025-10-11"));
        assertThat(CHINA.between(start, d("2025-10-30"))).isEqualTo(20);
    }

    /**
     * 20 working days from Friday 2026-02-06:
     * <pre>
     *  2-09 .. 2-13 Mon–Fri  1 .. 5     2-14 Sat 调休上班  6
     *  2-15 Sun .. 2-23 Mon 春节, off
     *  2-24 Tue  7   2-25 Wed  8   2-26 Thu  9   2-27 Fri 10   2-28 Sat 调休上班 11
     *  3-02 .. 3-06 Mon–Fri 12 .. 16
     *  3-09 Mon 17   3-10 Tue 18   3-11 Wed 19   3-12 Thu 20
     * </pre>
     * Due Thursday 2026-03-12 (on weekends only: Friday 2026-03-06).
     */
    @Test
    void twentyWorkingDaysAcrossSpringFestival2026() {
        LocalDate start = d("2026-02-06");
        assertThat(CHINA.plus(start, 20)).isEqualTo(d("2026-03-12"));
        assertThat(CHINA.plus(start, 6)).isEqualTo(d("2026-02-14"));
        assertThat(CHINA.plus(start, 7)).isEqualTo(d("2026-02-24"));
        assertThat(CHINA.plus(start, 11)).isEqualTo(d("2026-02-28"));
        assertThat(WEEKENDS_ONLY.plus(start, 20)).isEqualTo(d("2026-03-06"));
    }

    /** Nothing listed: Monday to Friday work, every weekend is off, holidays or not. */
    @Test
    void withNothingListedOnlyWeekendsAreSkipped() {
        LocalDate friday = d("2025-09-26");
        assertThat(WEEKENDS_ONLY.plus(friday, 1)).isEqualTo(d("2025-09-29"));
        assertThat(WEEKENDS_ONLY.plus(friday, 5)).isEqualTo(d("2025-10-03"));
        assertThat(WEEKENDS_ONLY.plus(friday, 20)).isEqualTo(d("2025-10-24"));
        assertThat(WEEKENDS_ONLY.plus(d("2025-10-04"), 1)).as("from a Saturday").isEqualTo(d("2025-10-06"));
        assertThat(WEEKENDS_ONLY.plus(friday, 0)).isEqualTo(friday);
        assertThat(WEEKENDS_ONLY.isWorkingDay(d("2025-10-01"))).isTrue();
        assertThat(WEEKENDS_ONLY.isWorkingDay(d("2025-09-28"))).isFalse();
        assertThatThrownBy(() -> WEEKENDS_ONLY.plus(friday, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** What a countdown shows for a deadline on Thursday 2025-10-30: left before it, 0 on it, missed after it. */
    @Test
    void betweenCountsDownToTheDueDayAndBelowZeroAfterIt() {
        LocalDate due = d("2025-10-30");
        assertThat(CHINA.between(d("2025-10-29"), due)).isEqualTo(1);
        assertThat(CHINA.between(d("2025-10-24"), due)).isEqualTo(4);
        // On 10-03 (a holiday) the working days left are 10-09, 10-10, 10-11 (Sat, 调休), 10-13..17,
        // 10-20..24 and 10-27..30: 3 + 5 + 5 + 4.
        assertThat(CHINA.between(d("2025-10-03"), due)).isEqualTo(17);
        assertThat(CHINA.between(due, due)).isZero();
        assertThat(CHINA.between(d("2025-10-31"), due)).isEqualTo(-1);
        assertThat(CHINA.between(d("2025-11-01"), due)).as("Saturday").isEqualTo(-1);
        assertThat(CHINA.between(d("2025-11-03"), due)).as("Monday").isEqualTo(-2);
        assertThat(CHINA.between(d("2025-11-04"), due)).isEqualTo(-3);
    }

    /** A deadline passed on the eve of a holiday is missed on the holiday, not "due today". */
    @Test
    void aDeadlineStaysMissedOverTheHolidayAfterIt() {
        LocalDate due = d("2025-09-30");
        assertThat(CHINA.between(d("2025-09-29"), due)).isEqualTo(1);
        assertThat(CHINA.between(due, due)).isZero();
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(CHINA.between(day, due)).as(day.toString()).isEqualTo(-1);
        }
        assertThat(CHINA.between(d("2025-10-09"), due)).isEqualTo(-1);
        assertThat(CHINA.between(d("2025-10-10"), due)).isEqualTo(-2);
        assertThat(WEEKENDS_ONLY.between(d("2025-10-04"), d("2025-10-03"))).as("Saturday after a Friday")
                .isEqualTo(-1);
    }

    /** Counting forward and counting down agree for every start across both holiday seasons. */
    @Test
    void betweenUndoesPlus() {
        for (LocalDate start = d("2025-09-01"); start.isBefore(d("2026-03-31")); start = start.plusDays(1)) {
            for (int n : new int[] {1, 5, 20}) {
                LocalDate due = CHINA.plus(start, n);
                assertThat(CHINA.isWorkingDay(due)).isTrue();
                assertThat(CHINA.between(start, due)).as(start + " + " + n).isEqualTo(n);
            }
        }
    }
}
