package org.cadreportal.adjustment;

import java.time.LocalDate;
import java.util.Set;

/** 讨论决定's meeting: its date, the members entitled to attend, and those who did (by username). */
public record MeetingForm(LocalDate meetingDate, Set<String> entitled, Set<String> attended) {
}
