package org.cadreportal.assessment.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.base.PortalException;
import org.springframework.context.MessageSource;

/**
 * What the 考核办's Excel templates (statistics, 年度考核 grades) share, kept once: Chinese headings in a bold first
 * row, and the reading back of a filled-in copy within its size and row limits, its headings checked (Chinese or
 * English), blank rows passed over, and every failure told as an {@code assessment.error.*} key.
 */
final class TemplateSheet {

    static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;

    /** Reads one non-blank row; {@code n} is its number as the sheet shows it. */
    @FunctionalInterface
    interface RowReader<P> {
        P read(Row row, int n, DataFormatter f);
    }

    private final MessageSource messages;
    private final List<String> columns;
    private final int maxRows;
    private final long maxBytes;

    /** {@code columns}: the heading keys, in column order. */
    TemplateSheet(MessageSource messages, List<String> columns, int maxRows, long maxBytes) {
        this.messages = messages;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /**
     * Writes a copy to fill in: one sheet named {@code name} with the headings in its first row (column {@code i}
     * {@code width} characters wide), then a row per item, its cells set by {@code cells}; {@code finish} then
     * adds what needs all the rows (a drop-down over them, say).
     */
    <T> void write(OutputStream out, String name, IntUnaryOperator width, List<T> items, BiConsumer<Row, T> cells,
                   Consumer<Sheet> finish) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(name);
            ExcelExport.heading(sheet, 0, columns.stream().map(this::label).toList(), ExcelExport.bold(wb), width);
            int r = 1;
            for (T item : items) {
                cells.accept(sheet.createRow(r++), item);
            }
            finish.accept(sheet);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-blank row of the first sheet, read by {@code reader}; none at all is refused. */
    <P> List<P> read(InputStream in, RowReader<P> reader) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(limited(in)))) {
            if (wb.isMacroEnabled()) {
                throw new PortalException("assessment.error.macro");
            }
            Sheet sheet = wb.getNumberOfSheets() == 0 ? null : wb.getSheetAt(0);
            if (sheet == null || sheet.getRow(0) == null) {
                throw new PortalException("assessment.error.empty");
            }
            checkHeader(sheet.getRow(0));
            if (sheet.getLastRowNum() > maxRows) {
                throw new PortalException("assessment.error.tooManyRows", maxRows);
            }
            DataFormatter f = new DataFormatter(SHEET);
            List<P> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || blank(row, f)) {
                    continue;
                }
                rows.add(reader.read(row, i + 1, f));
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

    private byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes) + 1);
        if (bytes.length > maxBytes) {
            throw new PortalException("assessment.error.tooBig", maxBytes / 1024 / 1024);
        }
        return bytes;
    }

    private void checkHeader(Row header) {
        DataFormatter f = new DataFormatter();
        for (int c = 0; c < columns.size(); c++) {
            String key = columns.get(c);
            String text = f.formatCellValue(header.getCell(c)).strip();
            if (!text.equals(label(key)) && !text.equals(messages.getMessage(key, null, Locale.ENGLISH))) {
                throw new PortalException("assessment.error.header", c + 1, label(key));
            }
        }
    }

    private boolean blank(Row row, DataFormatter f) {
        for (int c = 0; c < columns.size(); c++) {
            if (!f.formatCellValue(row.getCell(c)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    static String text(Row row, int column, DataFormatter f) {
        return f.formatCellValue(row.getCell(column)).strip();
    }

    String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
