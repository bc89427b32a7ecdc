package org.cadreportal.adjustment;

import java.time.LocalDateTime;
import org.cadreportal.workflow.Vote;

/**
 * A member entitled to attend 讨论决定: whether they attended (and if not, why: {@code absence}), their duty at
 * the meeting if any, whether they have voted, and how. While the vote is open {@code vote} and {@code votedAt}
 * are given on the viewer's own seat only (null on the others'): how a member voted is not for anyone else to
 * read until the vote is closed.
 */
public record SeatRow(String username, String displayName, boolean attended, boolean voted, Vote vote,
                      LocalDateTime votedAt, MeetingDuty duty, Absence absence) {
}
