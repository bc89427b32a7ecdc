package org.cadreportal.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.GroupGradeShare;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.cadre.AnnualGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The grades template written and read back, and the 优秀 limit's rounding. */
// No Spring, no shared state: runs beside the view tests (pom.xml, surefire).
@Execution(ExecutionMode.CONCURRENT)
class GradeWorkbookTest {

    private static GradeWorkbook workbook() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("vaadin-i18n/translations");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return new GradeWorkbook(m);
    }

    private static CadreGradeRow row(String code, AnnualGrade grade) {
        return new CadreGradeRow(1, code, "张" + code, "副局长", 1, "M01", "市发改委", 1, "市直", grade, null, null, null);
    }

    @Test
    void theTemplateReadsBackWithEveryWordingOfAGradeAndABadOneListed() throws Exception {
        GradeWorkbook wb = workbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(2025, List.of(row("A1", AnnualGrade.EXCELLENT), row("A2", null), row("A3", null), row("A4", null),
                row("A5", null)), out);
        byte[] filled;
        try (XSSFWorkbook x = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = x.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("2025年度考核等次");
            assertThat(s.getRow(1).getCell(5).getStringCellValue()).isEqualTo("优秀");
            s.getRow(2).createCell(5).setCellValue("Basically competent");
            s.getRow(3).createCell(5).setCellValue("良好");
            // The template's cells are inline strings, which POI does not overwrite in place: a new cell.
            s.getRow(5).removeCell(s.getRow(5).getCell(0));
            s.getRow(5).createCell(0).setCellValue("NOPE");
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            x.write(again);
            filled = again.toByteArray();
        }
        List<RowError> errors = new ArrayList<>();
        List<GradeWorkbook.Parsed> rows = wb.parse(new ByteArrayInputStream(filled), errors);
        assertThat(rows).extracting(GradeWorkbook.Parsed::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(rows).extracting(GradeWorkbook.Parsed::cadreCode).containsExactly("A1", "A2", "A3", "A4", "NOPE");
        assertThat(rows).extracting(GradeWorkbook.Parsed::grade).containsExactly(AnnualGrade.EXCELLENT,
                AnnualGrade.BASICALLY_COMPETENT, null, null, null);
        assertThat(errors).extracting(e -> e.row() + "/" + e.column() + "/" + e.args())
                .containsExactly("4/年度考核等次/[良好]");
    }

    @Test
    void atMostTheShareRoundedDown() {
        BigDecimal fifth = new BigDecimal("0.2");
        // 7 × 20% = 1.4 → 1; 10 → 2; 4 × 20% = 0.8 → 0; 21 → 4.2 → 4; 210 → 42.
        assertThat(GroupGradeShare.maxExcellent(7, fifth)).isEqualTo(1);
        assertThat(GroupGradeShare.maxExcellent(10, fifth)).isEqualTo(2);
        assertThat(GroupGradeShare.maxExcellent(4, fifth)).isZero();
        assertThat(GroupGradeShare.maxExcellent(21, fifth)).isEqualTo(4);
        assertThat(GroupGradeShare.maxExcellent(210, fifth)).isEqualTo(42);
        assertThat(new GroupGradeShare(1, "G", "县市区", 21, 5, 5, fifth).over()).isTrue();
        assertThat(new GroupGradeShare(1, "G", "县市区", 21, 5, 4, fifth).over()).isFalse();
    }
}
