package org.cadreportal.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A unit's appeal against one indicator of its result in 公示: the reason and evidence (text), who filed it and on
 * which day it was received (the filing day, or the day a written appeal reached the 考核办), and the decision
 * with the values it corrected ({@code correctedActual} is the hand-entered value for an indicator without
 * statistics). {@code counted} lines are counted by another feature (大督办, 记功) and take no correction here;
 * {@code current*} are the plan's data for the line now.
 */
public record AppealRow(long id, int version, long planId, long unitId, String unitName, long indicatorId,
                        String indicatorCode, String indicatorName, DataSource source, boolean counted, String reason, String evidence,
                        String filedBy, LocalDateTime filedAt, LocalDate receivedOn, AppealStatus status,
                        String decisionReason, String decidedBy, LocalDateTime decidedAt, BigDecimal correctedActual,
                        BigDecimal correctedPrevious, BigDecimal correctedTarget, BigDecimal currentActual,
                        BigDecimal currentPrevious, BigDecimal currentTarget) {
}
