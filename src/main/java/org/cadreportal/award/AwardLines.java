package org.cadreportal.award;

import java.time.LocalDate;

/**
 * How a 记功奖励 or 公开批评 reads in a 干部任免审批表's 奖惩情况: the month, who decided, and what. The form
 * is an official Chinese document, so the wording is Chinese whatever the reader's language.
 */
public final class AwardLines {

    private AwardLines() {
    }

    /** E.g. "2023.05 市委、市政府记三等功（某发〔2023〕12号）" or "2024.03 市纪委监委公开批评：…". */
    public static String line(AwardKind kind, AwardType type, LocalDate decidedOn, String issuedBy, String documentNo,
                              String reason) {
        String month = String.format("%04d.%02d ", decidedOn.getYear(), decidedOn.getMonthValue());
        if (kind == AwardKind.AWARD) {
            String what = type == AwardType.COMMENDATION ? "嘉奖" : type == AwardType.TITLE ? "授予称号" : "记" + type.chinese();
            return month + issuedBy + what + (documentNo == null || documentNo.isBlank() ? "" : "（" + documentNo + "）");
        }
        return month + issuedBy + "公开批评" + (reason == null || reason.isBlank() ? "" : "：" + reason);
    }
}
