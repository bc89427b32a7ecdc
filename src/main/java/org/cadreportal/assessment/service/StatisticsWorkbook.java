package org.cadreportal.assessment.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.base.PortalException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics template the portal hands out and reads back: a row per unit and statistics indicator, with
 * the target and the current values filled in. Headings are Chinese; the English ones are accepted too.
 */
@Component
class StatisticsWorkbook {

    static final int MAX_ROWS = 50_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;

    enum Col {
        UNIT_CODE("assessment.col.unitCode"), UNIT_NAME("assessment.col.unitName"),
        INDICATOR_CODE("assessment.col.indicatorCode"), INDICATOR_NAME("assessment.col.indicatorName"),
        MEASURE("assessment.col.measure"), TARGET("assessment.col.target"), ACTUAL("assessment.col.actual"),
        PREVIOUS("assessment.col.previous");

        final String key;

        Col(String key) {
            this.key = key;
        }
    }

    /** One line of the template as written. */
    record Line(String unitCode, String unitName, String indicatorCode, String indicatorName, String measure,
                BigDecimal target, BigDecimal actual, BigDecimal previous) {
    }

    /** One row as read: the sheet's row number, the codes and the numbers (null when the cell is empty). */
    record Parsed(int row, String unitCode, String indicatorCode, BigDecimal target, BigDecimal actual,
                  BigDecimal previous) {
    }

    private final MessageSource messages;

    StatisticsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<Line> lines, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(label("assessment.sheet"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (Col c : Col.values()) {
                Cell cell = head.createCell(c.ordinal());
                cell.setCellValue(label(c.key));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c.ordinal(), (c == Col.INDICATOR_NAME ? 30 : 14) * 256);
            }
            int r = 1;
            for (Line l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(Col.UNIT_CODE.ordinal()).setCellValue(l.unitCode());
                row.createCell(Col.UNIT_NAME.ordinal()).setCellValue(l.unitName());
                row.createCell(Col.INDICATOR_CODE.ordinal()).setCellValue(l.indicatorCode());
                row.createCell(Col.INDICATOR_NAME.ordinal()).setCellValue(l.indicatorName());
                row.createCell(Col.MEASURE.ordinal()).setCellValue(l.measure() == null ? "" : l.measure());
                number(row, Col.TARGET, l.target());
                number(row, Col.ACTUAL, l.actual());
                number(row, Col.PREVIOUS, l.previous());
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, Col col, BigDecimal value) {
        if (value != null) {
            row.createCell(col.ordinal()).setCellValue(value.doubleValue());
        }
    }

    /** Reads every non-blank row; cells that cannot be read go to {@code errors}. */
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
                rows.add(new Parsed(n, text(row, Col.UNIT_CODE, f), text(row, Col.INDICATOR_CODE, f),
                        decimal(row, Col.TARGET, f, n, errors), decimal(row, Col.ACTUAL, f, n, errors),
                        decimal(row, Col.PREVIOUS, f, n, errors)));
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

    private BigDecimal decimal(Row row, Col col, DataFormatter f, int n, List<RowError> errors) {
        Cell cell = row.getCell(col.ordinal());
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String value = text(row, col, f);
        if (value.isEmpty()) {
            return null;
        }
        try {
            BigDecimal b = new BigDecimal(value.replace(",", ""));
            if (b.abs().compareTo(new BigDecimal("1e15")) >= 0) {
                throw new NumberFormatException();
            }
            return b;
        } catch (NumberFormatException e) {
            errors.add(new RowError(n, label(col.key), "assessment.error.number", List.of(value)));
            return null;
        }
    }

    String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
