package org.cadreportal.accusation;

import java.time.LocalDate;

/** A 查诬联席会议 held on the case: when, which member units attended, what it concluded. */
public record JointMeetingForm(LocalDate meetingDate, String memberUnits, String conclusions) {
}
