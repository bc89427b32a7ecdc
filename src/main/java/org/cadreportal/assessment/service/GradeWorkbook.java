package org.cadreportal.assessment.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.base.PortalException;
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
    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;

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

    GradeWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(int year, List<CadreGradeRow> rows, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(messages.getMessage("assessment.grades.sheet", new Object[] {String.valueOf(year)}, SHEET));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (Col c : Col.values()) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(label(c.key));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c.ordinal(), (c == Col.POST || c == Col.UNIT ? 28 : 14) * 256);
            }
            int r = 1;
            for (CadreGradeRow g : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(Col.CADRE_CODE.ordinal()).setCellValue(g.cadreCode());
                row.createCell(Col.NAME.ordinal()).setCellValue(g.cadreName());
                row.createCell(Col.UNIT.ordinal()).setCellValue(g.unitName());
                row.createCell(Col.POST.ordinal()).setCellValue(g.postTitle());
                row.createCell(Col.GROUP.ordinal()).setCellValue(g.groupName());
                row.createCell(Col.GRADE.ordinal()).setCellValue(g.grade() == null ? "" : g.grade().officialName());
            }
            if (!rows.isEmpty()) {
                DataValidationHelper help = sheet.getDataValidationHelper();
                String[] words = Arrays.stream(AnnualGrade.values()).map(AnnualGrade::officialName).toArray(String[]::new);
                sheet.addValidationData(help.createValidation(help.createExplicitListConstraint(words),
                        new CellRangeAddressList(1, rows.size(), Col.GRADE.ordinal(), Col.GRADE.ordinal())));
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every non-blank row; a grade that is no grade goes to {@code errors}. */
    List<Parsed> parse(InputStream in, List<RowError> errors) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(limited(in)))) {
            if (wb.isMacroEnabled()) {
                throw new PortalException("assessment.error.macro");
            }
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new PortalException("assessment.error.empty");
            }
            checkHeader(sheet.getRow(0));
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new PortalException("assessment.error.tooManyRows", MAX_ROWS);
            }
            DataFormatter f = new DataFormatter(SHEET);
            List<Parsed> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || blank(row, f)) {
                    continue;
                }
                int n = i + 1;
                String word = text(row, Col.GRADE, f);
                AnnualGrade grade = grade(word);
                if (grade == null && !word.isEmpty()) {
                    errors.add(new RowError(n, label(Col.GRADE.key), "assessment.grades.error.grade", List.of(word)));
                }
                rows.add(new Parsed(n, text(row, Col.CADRE_CODE, f), grade));
            }
            if (rows.isEmpty()) {
                throw new PortalException("assessment.error.empty");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof PortalException p) {
                throw p;
            }
            throw new PortalException("assessment.error.unreadable");
        }
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

    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(MAX_BYTES) + 1);
        if (bytes.length > MAX_BYTES) {
            throw new PortalException("assessment.error.tooBig", MAX_BYTES / 1024 / 1024);
        }
        return bytes;
    }

    private void checkHeader(Row header) {
        DataFormatter f = new DataFormatter();
        for (Col c : Col.values()) {
            String text = f.formatCellValue(header.getCell(c.ordinal())).strip();
            if (!text.equals(label(c.key)) && !text.equals(messages.getMessage(c.key, null, Locale.ENGLISH))) {
                throw new PortalException("assessment.error.header", c.ordinal() + 1, label(c.key));
            }
        }
    }

    private static boolean blank(Row row, DataFormatter f) {
        for (Col c : Col.values()) {
            if (!f.formatCellValue(row.getCell(c.ordinal())).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(Row row, Col col, DataFormatter f) {
        return f.formatCellValue(row.getCell(col.ordinal())).strip();
    }

    String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
