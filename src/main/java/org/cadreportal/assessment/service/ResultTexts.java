package org.cadreportal.assessment.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.UnitSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words and numbers of a printed or exported result, in Chinese like the office's own forms, kept once so the
 * Excel sheet and the PDF say the same: totals and scores to two decimals (as on screen), weights as entered, and
 * an indicator's explanation in short (the formula, then its inputs).
 */
@Component
@RequiredArgsConstructor
class ResultTexts {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final List<String> LINE_COLUMNS = List.of("assessment.dimension", "assessment.col.indicatorCode",
            "assessment.col.indicatorName", "assessment.method", "assessment.weight", "assessment.score.column",
            "assessment.export.explanation");

    private final MessageSource messages;

    String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, ZH);
    }

    List<String> lineHeaders() {
        return LINE_COLUMNS.stream().map(this::t).toList();
    }

    /** "2025年度政绩考核结果 — 东安县". */
    String title(UnitSheet sheet) {
        return t("assessment.export.title", String.valueOf(sheet.year()), sheet.result().unitName());
    }

    /** "好", or "较差（一票否决）" for a vetoed unit. */
    String grade(ResultRow r) {
        String grade = t(r.grade().labelKey());
        return r.vetoed() ? grade + t("assessment.export.vetoed") : grade;
    }

    /** A line's cells, its weight and score as numbers (a missing score an empty cell). */
    List<Object> cells(SheetLine l) {
        return Arrays.asList(l.dimension(), l.code(), l.name(), t(l.method().labelKey()),
                l.weight() == null ? null : l.weight().stripTrailingZeros(), rounded(l.score()), explanation(l));
    }

    /** The formula in short and the inputs the score used, e.g. "分值×min(本年值÷目标值, 封顶)；分值 5，本年值 12 …". */
    String explanation(SheetLine l) {
        String inputs = l.inputs().entrySet().stream()
                .map(e -> t("assessment.input." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining("，"));
        String formula = t("assessment.formulaShort." + l.formula());
        return inputs.isEmpty() ? formula : formula + "；" + inputs;
    }

    /** A score as the sheets show it, to two places; null stays null. */
    static BigDecimal rounded(BigDecimal b) {
        return b == null ? null : b.setScale(2, RoundingMode.HALF_UP);
    }

    static String score(BigDecimal b) {
        return b == null ? "" : rounded(b).toPlainString();
    }

    /** A cell as printed text: a number in plain digits (80.00, not 8E+1), nothing for an empty cell. */
    static String text(Object cell) {
        return cell == null ? "" : cell instanceof BigDecimal b ? b.toPlainString() : cell.toString();
    }
}
