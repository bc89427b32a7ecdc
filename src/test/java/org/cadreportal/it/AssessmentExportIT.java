package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.AssessmentExports;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.UnitSheet;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On MariaDB with the demo city's 2025 plan: 东安县's result sheet in Excel (read back with POI) and on A4 (read
 * back with poppler's pdftotext) says the rank, total, 等次 and an indicator's line exactly as the service's sheet
 * does; the 县市区 ranking in Excel lists the group's units in the order and with the totals and a dimension's
 * subtotal counted here over the result rows; a county clerk exports his own county only, and another county's
 * sheet is not found for him.
 */
class AssessmentExportIT extends LiveTest {

    /** The grade words, written out here rather than read from the code. */
    private static final Map<String, String> GRADE = Map.of("GOOD", "好", "FAIRLY_GOOD", "较好", "AVERAGE", "一般",
            "POOR", "较差");

    @Autowired
    AssessmentExports exports;

    @Autowired
    AssessmentService assessment;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    private long plan() {
        return jdbc.queryForObject("select id from assessment_plans where plan_year = 2025", Long.class);
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from units where code = ?", Long.class, code);
    }

    private static String two(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theUnitSheetInExcelSaysWhatTheSheetSays() throws IOException {
        long plan = plan();
        long x01 = unit(DemoAccounts.COUNTY_CODE);
        UnitSheet sheet = as().call(DemoAccounts.COMMITTEE, () -> assessment.sheet(plan, x01));
        byte[] xlsx = as().call(DemoAccounts.COMMITTEE, () -> bytes(out -> exports.writeSheet(plan, x01, out)));
        List<List<String>> rows = rows(xlsx);
        assertThat(rows.get(0).get(0)).isEqualTo("2025年度政绩考核结果 — " + DemoAccounts.COUNTY_NAME);
        assertThat(value(rows, "考核类别")).isEqualTo(sheet.groupName()).isEqualTo("县市区");
        assertThat(new BigDecimal(value(rows, "总分"))).isEqualByComparingTo(sheet.result().total()
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(value(rows, "名次")).isEqualTo(String.valueOf(sheet.result().rank()));
        assertThat(value(rows, "等次")).startsWith(GRADE.get(sheet.result().grade().name()));
        int header = indexOf(rows, "维度");
        assertThat(rows.get(header)).containsExactly("维度", "指标代码", "指标名称", "计分方法", "分值", "得分", "计分说明");
        List<List<String>> lines = rows.subList(header + 1, rows.size());
        long weighted = jdbc.queryForObject("select count(*) from assessment_weights w join assessment_results r"
                + " on r.group_id = w.group_id where r.plan_id = ? and r.unit_id = ?", Long.class, plan, x01);
        assertThat(lines).hasSize(sheet.lines().size()).hasSize((int) weighted);

        SheetLine efficacy = sheet.lines().stream().filter(l -> l.method().name().equals("EFFICACY")).findFirst()
                .orElseThrow();
        List<String> line = lines.stream().filter(l -> l.get(1).equals(efficacy.code())).findFirst().orElseThrow();
        // Found by the outside tester: the figures were text cells, which Excel neither sums nor sorts as numbers.
        int lineRow = header + 1 + lines.indexOf(line);
        assertThat(List.of(type(xlsx, lineRow, 4), type(xlsx, lineRow, 5), type(xlsx, indexOf(rows, "总分"), 1)))
                .containsOnly(CellType.NUMERIC);
        assertThat(type(xlsx, lineRow, 1)).as("a code stays text").isEqualTo(CellType.STRING);
        assertThat(line.subList(0, 6)).containsExactly(efficacy.dimension(), efficacy.code(), efficacy.name(),
                "功效系数法", efficacy.weight().stripTrailingZeros().toPlainString(), two(efficacy.score()));
        assertThat(line.get(6)).contains("类别最小值 " + efficacy.inputs().get("min"))
                .contains("类别最大值 " + efficacy.inputs().get("max")).contains("本年值 " + efficacy.inputs().get("x"));
        BigDecimal sum = lines.stream().map(l -> new BigDecimal(l.get(5))).reduce(BigDecimal.ZERO, BigDecimal::add);
        System.out.printf("AssessmentExportIT: %s rank %d total %s grade %s, %d lines (sum of printed scores %s)%n",
                DemoAccounts.COUNTY_NAME, sheet.result().rank(), two(sheet.result().total()),
                sheet.result().grade(), lines.size(), sum);
    }

    @Test
    void thePrintedSheetSaysWhatTheSheetSays() throws Exception {
        long plan = plan();
        long x01 = unit(DemoAccounts.COUNTY_CODE);
        UnitSheet sheet = as().call(DemoAccounts.COMMITTEE, () -> assessment.sheet(plan, x01));
        byte[] pdf = as().call(DemoAccounts.COMMITTEE, () -> bytes(out -> exports.printSheet(plan, x01, out)));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdftotext(pdf);
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("2025年度政绩考核结果—" + DemoAccounts.COUNTY_NAME)
                .contains("考核类别县市区")
                .contains("总分" + two(sheet.result().total()))
                .contains("名次第" + sheet.result().rank() + "名")
                .contains("等次" + GRADE.get(sheet.result().grade().name()));
        SheetLine efficacy = sheet.lines().stream().filter(l -> l.method().name().equals("EFFICACY")).findFirst()
                .orElseThrow();
        // One table row: code, name, method, weight and score follow each other (the cells wrap, not the order).
        assertThat(flat).contains(efficacy.code() + efficacy.name().replaceAll("\\s+", "") + "功效系数法"
                + efficacy.weight().stripTrailingZeros().toPlainString() + two(efficacy.score()));
        long printedLines = sheet.lines().stream().filter(l -> flat.contains(l.code() + l.name().replaceAll("\\s+", "")))
                .count();
        assertThat(printedLines).isEqualTo(sheet.lines().size());
        System.out.printf("AssessmentExportIT: PDF %d bytes, %d pages, all %d lines printed%n", pdf.length,
                text.split("\f").length, printedLines);
    }

    @Test
    void theRankingInExcelListsTheGroupInRankOrderWithItsSubtotals() throws IOException {
        long plan = plan();
        long group = jdbc.queryForObject("select group_id from assessment_results where plan_id = ? and unit_id = ?",
                Long.class, plan, unit(DemoAccounts.COUNTY_CODE));
        byte[] xlsx = as().call(DemoAccounts.COMMITTEE, () -> bytes(out -> exports.writeRanking(plan, group, out,
                ExportProgress.NONE)));
        List<List<String>> rows = rows(xlsx);
        assertThat(rows.get(0).subList(0, 6)).containsExactly("名次", "单位代码", "单位名称", "总分", "等次", "一票否决");
        assertThat(List.of(type(xlsx, 1, 0), type(xlsx, 1, 1), type(xlsx, 1, 3), type(xlsx, 1, 6)))
                .as("rank, code, total, first subtotal").containsExactly(CellType.NUMERIC, CellType.STRING,
                        CellType.NUMERIC, CellType.NUMERIC);
        List<Map<String, Object>> expected = jdbc.queryForList("select u.code, r.rank_in_group, r.total, r.grade,"
                + " r.vetoed from assessment_results r join units u on u.id = r.unit_id where r.plan_id = ?"
                + " and r.group_id = ? order by r.rank_in_group, u.code", plan, group);
        assertThat(rows).hasSize(expected.size() + 1);
        assertThat(expected).hasSize(10);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> e = expected.get(i);
            List<String> r = rows.get(i + 1);
            assertThat(r.get(0)).isEqualTo(String.valueOf(e.get("rank_in_group")));
            assertThat(r.get(1)).isEqualTo(e.get("code"));
            assertThat(new BigDecimal(r.get(3))).isEqualByComparingTo(two((BigDecimal) e.get("total")));
            assertThat(r.get(4)).isEqualTo(GRADE.get((String) e.get("grade")));
            assertThat(r.get(5)).isEqualTo(Boolean.TRUE.equals(e.get("vetoed")) ? "是" : "");
        }
        // The first dimension's subtotal of the leader, summed here over its scores.
        String dimension = rows.get(0).get(6);
        BigDecimal subtotal = jdbc.queryForObject("select sum(s.score) from assessment_scores s"
                + " join assessment_indicators i on i.id = s.indicator_id join assessment_dimensions d"
                + " on d.id = i.dimension_id join units u on u.id = s.unit_id where s.plan_id = ? and u.code = ?"
                + " and d.name = ?", BigDecimal.class, plan, rows.get(1).get(1), dimension);
        assertThat(new BigDecimal(rows.get(1).get(6))).isEqualByComparingTo(two(subtotal));
    }

    @Test
    void aCountyClerkExportsHisCountyOnly() throws IOException {
        long plan = plan();
        long x01 = unit(DemoAccounts.COUNTY_CODE);
        long x02 = unit("X02");
        long group = jdbc.queryForObject("select group_id from assessment_results where plan_id = ? and unit_id = ?",
                Long.class, plan, x02);
        String clerk = DemoAccounts.COUNTY_CLERK;
        assertThatThrownBy(() -> as().call(clerk, () -> bytes(out -> exports.writeSheet(plan, x02, out))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as().call(clerk, () -> bytes(out -> exports.printSheet(plan, x02, out))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(as().call(clerk, () -> bytes(out -> exports.printSheet(plan, x01, out)))).isNotEmpty();
        List<List<String>> ranking = rows(as().call(clerk, () -> bytes(out -> exports.writeRanking(plan, group, out,
                ExportProgress.NONE))));
        assertThat(ranking.subList(1, ranking.size())).extracting(r -> r.get(1)).containsExactly(DemoAccounts.COUNTY_CODE);
    }

    // --- helpers -------------------------------------------------------------------------------

    private interface Writer {
        void write(ByteArrayOutputStream out);
    }

    private static byte[] bytes(Writer w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }

    private static CellType type(byte[] xlsx, int row, int column) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheetAt(0).getRow(row).getCell(column).getCellType();
        }
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheetAt(0);
            for (int i = 0; i <= s.getLastRowNum(); i++) {
                Row row = s.getRow(i);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static int indexOf(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    private static String value(List<List<String>> rows, String label) {
        return rows.get(indexOf(rows, label)).get(1);
    }

    private static String pdftotext(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("sheet-", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").redirectErrorStream(true)
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
