package org.cadreportal.adjustment;

import java.time.LocalDateTime;
import org.cadreportal.workflow.Vote;

/** A member entitled to attend 讨论决定: whether they attended and how they voted (null: not yet). */
public record SeatRow(String username, String displayName, boolean attended, Vote vote, LocalDateTime votedAt) {
}
