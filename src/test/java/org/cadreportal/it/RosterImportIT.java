package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.base.PortalException;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Roster import is all-or-nothing with every bad row reported; export matches the filtered grid. */
class RosterImportIT extends LiveTest {

    @Autowired
    CadreService cadres;

    @Autowired
    JdbcTemplate jdbc;

    private byte[] template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cadres.writeTemplate(out);
        return out.toByteArray();
    }

    /** Fills the downloaded template with rows, as a clerk would in Excel. */
    private byte[] roster(List<String[]> rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            Sheet sheet = wb.getSheetAt(0);
            int r = 1;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String[] row(String code, String name, String birth, String unitCode, String rank) {
        return new String[] {code, name, "男", birth, "汉族", "中共党员", "大学本科", unitCode, "", "副镇长", rank, "县管",
            "班子成员"};
    }

    private long cadreCount() {
        return jdbc.queryForObject("select count(*) from cadres", Long.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aRosterWithAnyBadRowSavesNothingAndListsEveryBadRow() throws IOException {
        String township = jdbc.queryForObject("select code from units where code like 'X01T%' order by code limit 1",
                String.class);
        long before = cadreCount();
        byte[] file = roster(List.of(
                row("IMP00001", "导入甲", "1985-04-01", township, "副科级"),
                row("IMP00002", "", "1985-04-01", township, "副科级"),
                row("IMP00003", "导入丙", "2020-01-01", township, "副科级"),
                row("IMP00004", "导入丁", "1985-04-01", "X02", "副科级"),
                row("IMP00005", "导入戊", "1985-04-01", township, "大官"),
                row("IMP00001", "导入己", "1985-04-01", township, "副科级"),
                row("IMP00008", "", "1985-04-01", township, "大官")));
        RosterImportResult result = cadres.importRoster(new ByteArrayInputStream(file));
        assertThat(result.saved()).isFalse();
        assertThat(result.errors()).extracting(RosterImportResult.RowError::row).contains(3, 4, 5, 6, 7);
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("姓名");
            assertThat(e.messageKey()).isEqualTo("validation.required");
        });
        assertThat(result.errors()).anySatisfy(e -> assertThat(e.messageKey()).isEqualTo("roster.error.unit"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e.messageKey()).isEqualTo("roster.error.choice"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e.messageKey()).isEqualTo("roster.error.duplicateCode"));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e.messageKey()).isEqualTo("validation.age"));
        // A row with two bad cells gets both reasons, one per cell.
        assertThat(result.errors()).filteredOn(e -> e.row() == 8).extracting(RosterImportResult.RowError::column)
                .containsExactlyInAnyOrder("姓名", "职务层次");
        assertThat(cadreCount()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aValidRosterAddsNewCadresAndUpdatesKnownOnes() throws IOException {
        String township = jdbc.queryForObject("select code from units where code like 'X01T%' order by code limit 1",
                String.class);
        String existing = jdbc.queryForObject("""
                select c.cadre_code from cadres c join units u on u.id = c.unit_id
                where u.code = ? and c.status = 'ACTIVE' order by c.id limit 1""", String.class, township);
        long before = cadreCount();
        byte[] file = roster(List.of(
                row("IMP10001", "导入新甲", "1984-02-03", township, "副科级"),
                row("IMP10002", "导入新乙", "1986-07-08", township, "正科级"),
                row(existing, "更新后姓名", "1975-05-06", township, "正科级")));
        RosterImportResult result = cadres.importRoster(new ByteArrayInputStream(file));
        assertThat(result.errors()).isEmpty();
        assertThat(result.added()).isEqualTo(2);
        assertThat(result.updated()).isEqualTo(1);
        assertThat(cadreCount()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject("select name from cadres where cadre_code = ?", String.class, existing))
                .isEqualTo("更新后姓名");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void somethingThatIsNotAWorkbookIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> cadres.importRoster(new ByteArrayInputStream("MZ\u0090 not excel".getBytes())))
                .isInstanceOf(PortalException.class).extracting(e -> ((PortalException) e).messageKey())
                .isEqualTo("roster.error.unreadable");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theExportHoldsExactlyTheFilteredRowsAndReimportsCleanly() throws IOException {
        CadreFilter filter = new CadreFilter(null, null, ManagementLevel.CITY, null, null, CadreStatus.ACTIVE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cadres.exportExcel(filter, out);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) cadres.count(filter));
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("姓名");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(11).getStringCellValue()).isEqualTo("市管");
            }
        }
        long before = cadreCount();
        RosterImportResult again = cadres.importRoster(new ByteArrayInputStream(out.toByteArray()));
        assertThat(again.errors()).isEmpty();
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isEqualTo((int) cadres.count(filter));
        assertThat(cadreCount()).isEqualTo(before);
    }
}
