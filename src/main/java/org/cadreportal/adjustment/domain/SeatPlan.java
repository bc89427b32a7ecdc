package org.cadreportal.adjustment.domain;

import org.cadreportal.adjustment.Absence;
import org.cadreportal.adjustment.MeetingDuty;

/** One entitled member as the meeting is set up: present unless {@code absence} is given, and his duty if any. */
public record SeatPlan(String displayName, Absence absence, MeetingDuty duty) {
}
