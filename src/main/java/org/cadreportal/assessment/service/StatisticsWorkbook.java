package org.cadreportal.assessment.service;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.cadreportal.assessment.ImportResult.RowError;
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

    private final TemplateSheet template;

    StatisticsWorkbook(MessageSource messages) {
        this.template = new TemplateSheet(messages, Arrays.stream(Col.values()).map(c -> c.key).toList(), MAX_ROWS,
                MAX_BYTES);
    }

    void write(List<Line> lines, OutputStream out) {
        template.write(out, label("assessment.sheet"), c -> c == Col.INDICATOR_NAME.ordinal() ? 30 : 14, lines,
                StatisticsWorkbook::cells, sheet -> { });
    }

    private static void cells(Row row, Line l) {
        row.createCell(Col.UNIT_CODE.ordinal()).setCellValue(l.unitCode());
        row.createCell(Col.UNIT_NAME.ordinal()).setCellValue(l.unitName());
        row.createCell(Col.INDICATOR_CODE.ordinal()).setCellValue(l.indicatorCode());
        row.createCell(Col.INDICATOR_NAME.ordinal()).setCellValue(l.indicatorName());
        row.createCell(Col.MEASURE.ordinal()).setCellValue(l.measure() == null ? "" : l.measure());
        number(row, Col.TARGET, l.target());
        number(row, Col.ACTUAL, l.actual());
        number(row, Col.PREVIOUS, l.previous());
    }

    private static void number(Row row, Col col, BigDecimal value) {
        if (value != null) {
            row.createCell(col.ordinal()).setCellValue(value.doubleValue());
        }
    }

    /** Reads every non-blank row; cells that cannot be read go to {@code errors}. */
    List<Parsed> parse(InputStream in, List<RowError> errors) {
        return template.read(in, (row, n, f) -> new Parsed(n, TemplateSheet.text(row, Col.UNIT_CODE.ordinal(), f),
                TemplateSheet.text(row, Col.INDICATOR_CODE.ordinal(), f), decimal(row, Col.TARGET, f, n, errors),
                decimal(row, Col.ACTUAL, f, n, errors), decimal(row, Col.PREVIOUS, f, n, errors)));
    }

    private BigDecimal decimal(Row row, Col col, DataFormatter f, int n, List<RowError> errors) {
        Cell cell = row.getCell(col.ordinal());
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String value = TemplateSheet.text(row, col.ordinal(), f);
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
        return template.label(key);
    }
}
