package org.cadreportal.assessment.service;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.cadre.AnnualGrade;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 年度考核 grades template: a row per key cadre (code, name, unit, post, group) and his grade, which the office
 * fills in with the official words (优秀, 称职, 基本称职, 不称职; a drop-down offers them). Headings are Chinese; the
 * English ones, and the English grade names, are accepted too. Only the code and the grade are read back.
 */
@Component
class GradeWorkbook {

    static final int MAX_ROWS = 20_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    enum Col {
        CADRE_CODE("assessment.grades.col.cadreCode"), NAME("assessment.grades.col.name"),
        UNIT("assessment.grades.col.unit"), POST("assessment.grades.col.post"), GROUP("assessment.grades.col.group"),
        GRADE("assessment.grades.col.grade");

        final String key;

        Col(String key) {
            this.key = key;
        }
    }

    /** One row as read: the sheet's row number, the cadre code and the grade (null when blank or unreadable). */
    record Parsed(int row, String cadreCode, AnnualGrade grade) {
    }

    private final MessageSource messages;
    private final TemplateSheet template;

    GradeWorkbook(MessageSource messages) {
        this.messages = messages;
        this.template = new TemplateSheet(messages, Arrays.stream(Col.values()).map(c -> c.key).toList(), MAX_ROWS,
                MAX_BYTES);
    }

    void write(int year, List<CadreGradeRow> rows, OutputStream out) {
        template.write(out, messages.getMessage("assessment.grades.sheet", new Object[] {String.valueOf(year)},
                TemplateSheet.SHEET), c -> c == Col.POST.ordinal() || c == Col.UNIT.ordinal() ? 28 : 14, rows,
                GradeWorkbook::cells, sheet -> gradeChoice(sheet, rows.size()));
    }

    private static void cells(Row row, CadreGradeRow g) {
        row.createCell(Col.CADRE_CODE.ordinal()).setCellValue(g.cadreCode());
        row.createCell(Col.NAME.ordinal()).setCellValue(g.cadreName());
        row.createCell(Col.UNIT.ordinal()).setCellValue(g.unitName());
        row.createCell(Col.POST.ordinal()).setCellValue(g.postTitle());
        row.createCell(Col.GROUP.ordinal()).setCellValue(g.groupName());
        row.createCell(Col.GRADE.ordinal()).setCellValue(g.grade() == null ? "" : g.grade().officialName());
    }

    /** A drop-down of the official words on the grade column of the written rows. */
    private static void gradeChoice(Sheet sheet, int rows) {
        if (rows > 0) {
            DataValidationHelper help = sheet.getDataValidationHelper();
            String[] words = Arrays.stream(AnnualGrade.values()).map(AnnualGrade::officialName).toArray(String[]::new);
            sheet.addValidationData(help.createValidation(help.createExplicitListConstraint(words),
                    new CellRangeAddressList(1, rows, Col.GRADE.ordinal(), Col.GRADE.ordinal())));
        }
    }

    /** Reads every non-blank row; a grade that is no grade goes to {@code errors}. */
    List<Parsed> parse(InputStream in, List<RowError> errors) {
        return template.read(in, (row, n, f) -> {
            String word = TemplateSheet.text(row, Col.GRADE.ordinal(), f);
            AnnualGrade grade = grade(word);
            if (grade == null && !word.isEmpty()) {
                errors.add(new RowError(n, label(Col.GRADE.key), "assessment.grades.error.grade", List.of(word)));
            }
            return new Parsed(n, TemplateSheet.text(row, Col.CADRE_CODE.ordinal(), f), grade);
        });
    }

    /** The official word, the English label or the constant's name; null for anything else. */
    private AnnualGrade grade(String word) {
        for (AnnualGrade g : AnnualGrade.values()) {
            if (word.equals(g.officialName()) || word.equalsIgnoreCase(g.name())
                    || word.equalsIgnoreCase(messages.getMessage(g.labelKey(), null, Locale.ENGLISH))) {
                return g;
            }
        }
        return null;
    }

    String label(String key) {
        return template.label(key);
    }
}
