package org.cadreportal.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** No SMS between 22:00 and 08:00: a message due then waits for the morning. */
class QuietHoursTest {

    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0));

    @Test
    void theEveningAndTheEarlyMorningAreQuietAndWaitForEightOClock() {
        LocalDateTime evening = LocalDateTime.of(2025, 3, 1, 23, 15);
        assertThat(night.quiet(evening)).isTrue();
        assertThat(night.nextAllowed(evening)).isEqualTo(LocalDateTime.of(2025, 3, 2, 8, 0));
        LocalDateTime early = LocalDateTime.of(2025, 3, 2, 1, 30);
        assertThat(night.nextAllowed(early)).isEqualTo(LocalDateTime.of(2025, 3, 2, 8, 0));
        assertThat(night.quiet(LocalDateTime.of(2025, 3, 2, 22, 0))).isTrue();
        assertThat(night.quiet(LocalDateTime.of(2025, 3, 2, 7, 59))).isTrue();
    }

    @Test
    void theDayIsNotQuiet() {
        LocalDateTime day = LocalDateTime.of(2025, 3, 2, 8, 0);
        assertThat(night.quiet(day)).isFalse();
        assertThat(night.nextAllowed(day)).isEqualTo(day);
        assertThat(night.quiet(LocalDateTime.of(2025, 3, 2, 21, 59))).isFalse();
        assertThat(night.opening(day.toLocalDate())).isEqualTo(day);
    }

    @Test
    void equalTimesSwitchTheQuietHoursOffAndADaytimeWindowWorksToo() {
        QuietHours off = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        assertThat(off.quiet(LocalDateTime.of(2025, 3, 2, 3, 0))).isFalse();
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        assertThat(lunch.quiet(LocalDateTime.of(2025, 3, 2, 13, 0))).isTrue();
        assertThat(lunch.nextAllowed(LocalDateTime.of(2025, 3, 2, 13, 0))).isEqualTo(LocalDateTime.of(2025, 3, 2, 14, 0));
        assertThat(lunch.quiet(LocalDateTime.of(2025, 3, 2, 11, 0))).isFalse();
    }
}
