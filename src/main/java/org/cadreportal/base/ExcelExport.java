package org.cadreportal.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Streams a list to one Excel sheet a database page at a time, so memory stays flat for any number
 * of rows. A value given as a {@link Number} (a score, a rank, a count) is a number cell, which Excel sums and
 * sorts as one; every other value is text: a value starting with "=" stays text in Excel, never a formula.
 * Identifiers made of digits (a cadre's code, an ID number) are given as text and stay text.
 */
public final class ExcelExport {

    private static final int PAGE = 1_000;

    private ExcelExport() {
    }

    public static <T> void write(String sheetName, List<String> headers, Function<Pageable, Page<T>> source,
                                 Function<? super T, ? extends List<?>> cells, OutputStream out) {
        write(sheetName, headers, p -> source.apply(p).getContent(), -1, cells, out, ExportProgress.NONE);
    }

    /**
     * Writes the rows {@code source} gives page by page until a page comes back short, telling
     * {@code progress} after each page; {@code total} is what the caller counted, or -1.
     *
     * @throws ExportCancelledException when progress asks to stop
     */
    public static <T> void write(String sheetName, List<String> headers, Function<Pageable, List<T>> source,
                                 long total, Function<? super T, ? extends List<?>> cells, OutputStream out,
                                 ExportProgress progress) {
        write(sheetName, List.of(), headers, source, total, cells, out, progress);
    }

    /**
     * As {@link #write(String, List, Function, long, Function, OutputStream, ExportProgress)}, with
     * {@code preamble} rows above the header (a record's title and summary, e.g. a unit's result sheet), the
     * first of them in bold.
     */
    public static <T> void write(String sheetName, List<? extends List<?>> preamble, List<String> headers,
                                 Function<Pageable, List<T>> source, long total,
                                 Function<? super T, ? extends List<?>> cells, OutputStream out,
                                 ExportProgress progress) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle bold = bold(wb);
            Map<Integer, CellStyle> places = new HashMap<>();
            int r = 0;
            for (List<?> line : preamble) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < line.size(); i++) {
                    cell(row, i, line.get(i), places);
                    if (r == 0) {
                        row.getCell(i).setCellStyle(bold);
                    }
                }
                r++;
            }
            heading(sheet, r++, headers, bold, i -> 16);
            int first = r;
            int number = 0;
            List<T> page;
            do {
                page = source.apply(PageRequest.of(number++, PAGE, Sort.by("id")));
                for (T item : page) {
                    Row row = sheet.createRow(r++);
                    List<?> values = cells.apply(item);
                    for (int i = 0; i < values.size(); i++) {
                        cell(row, i, values.get(i), places);
                    }
                }
                if (!progress.proceed((long) r - first, total)) {
                    throw new ExportCancelledException();
                }
            } while (page.size() == PAGE);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decimal keeps its places on screen (a total of 80.00, not 80): one style per number of places. */
    private static void cell(Row row, int column, Object value, Map<Integer, CellStyle> places) {
        if (value instanceof Number n) {
            Cell cell = row.createCell(column, CellType.NUMERIC);
            cell.setCellValue(n.doubleValue());
            if (n instanceof BigDecimal d && d.scale() > 0) {
                cell.setCellStyle(places.computeIfAbsent(d.scale(), scale -> {
                    Workbook wb = row.getSheet().getWorkbook();
                    CellStyle style = wb.createCellStyle();
                    style.setDataFormat(wb.createDataFormat().getFormat("0." + "0".repeat(scale)));
                    return style;
                }));
            }
        } else {
            row.createCell(column, CellType.STRING).setCellValue(value == null ? "" : value.toString());
        }
    }

    /** The bold cell style of every heading the portal's sheets carry. */
    public static CellStyle bold(Workbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        return bold;
    }

    /** A heading row at {@code index}: each label in its column, in {@code style}, {@code width} characters wide. */
    public static void heading(Sheet sheet, int index, List<String> labels, CellStyle style, IntUnaryOperator width) {
        Row head = sheet.createRow(index);
        for (int i = 0; i < labels.size(); i++) {
            head.createCell(i, CellType.STRING).setCellValue(labels.get(i));
            head.getCell(i).setCellStyle(style);
            sheet.setColumnWidth(i, width.applyAsInt(i) * 256);
        }
    }
}
