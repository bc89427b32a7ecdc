package org.cadreportal.notification.service;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hours no SMS goes out ({@code portal.sms.quiet-from}, {@code portal.sms.quiet-until}, in the portal's
 * zone; 22:00 to 08:00 by default; equal times switch them off). A message due in them waits until they end.
 */
@Component
class QuietHours {

    private final LocalTime from;
    private final LocalTime until;

    QuietHours(@Value("${portal.sms.quiet-from:22:00}") LocalTime from,
               @Value("${portal.sms.quiet-until:08:00}") LocalTime until) {
        this.from = from;
        this.until = until;
    }

    boolean quiet(LocalDateTime t) {
        LocalTime time = t.toLocalTime();
        if (from.equals(until)) {
            return false;
        }
        return from.isAfter(until) ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
    }

    /** {@code t} itself outside the quiet hours, else the moment they end. */
    LocalDateTime nextAllowed(LocalDateTime t) {
        if (!quiet(t)) {
            return t;
        }
        LocalDateTime end = t.toLocalDate().atTime(until);
        return end.isAfter(t) ? end : end.plusDays(1);
    }

    /** When the day's sending window opens (the end of the night's quiet hours). */
    LocalDateTime opening(java.time.LocalDate day) {
        return nextAllowed(day.atStartOfDay());
    }
}
