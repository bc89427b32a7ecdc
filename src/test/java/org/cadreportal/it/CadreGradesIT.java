package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.assessment.CadreGradeFilter;
import org.cadreportal.assessment.CadreGradeRow;
import org.cadreportal.assessment.CadreGradeService;
import org.cadreportal.assessment.GroupGradeShare;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.PlanRules;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitType;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 领导干部年度考核 on MariaDB, each test on a plan of its own far-off year with one group made of a new unit whose
 * leaders the test registers: the 优秀 limit of the group (7 leaders at 20%: 7 × 0.2 = 1.4, rounded down, 1), the
 * all-or-nothing import with every bad row listed, an imported 不称职 raising the 下 proposal through the
 * registry's event, and the grade on the cadre's timeline.
 */
class CadreGradesIT extends LiveTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    PlanService plans;
    @Autowired
    CadreGradeService grades;
    @Autowired
    CadreService cadres;
    @Autowired
    OrgService org;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    /** A plan of {@code year} with one group, a new unit of {@code leaders} leaders (the first one the principal). */
    private record Fixture(long planId, long groupId, String groupName, long unitId, List<Long> cadreIds,
                           List<String> codes) {
    }

    @Test
    void theSecondExcellentOfAGroupOfSevenIsRefusedNamingTheGroupItsLimitAndCount() {
        Fixture f = fixture(2061, 7);
        long first = f.cadreIds().get(0);
        long second = f.cadreIds().get(1);
        office(() -> grades.record(f.planId(), first, AnnualGrade.EXCELLENT));
        office(() -> grades.record(f.planId(), f.cadreIds().get(2), AnnualGrade.COMPETENT));

        assertThatThrownBy(() -> office(() -> grades.record(f.planId(), second, AnnualGrade.EXCELLENT)))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("grade");
                    assertThat(e.messageKey()).isEqualTo("assessment.grades.error.overLimit");
                    // The group, its limit (20%, that is 1 of 7) and its count now (1).
                    assertThat(e.args()).containsExactly(f.groupName(), "20%", 1, 1);
                });
        assertThat(gradeOf(second, 2061)).isNull();
        // The same 优秀 saved again takes no new place; a 称职 for the refused cadre is fine.
        office(() -> grades.record(f.planId(), first, AnnualGrade.EXCELLENT));
        office(() -> grades.record(f.planId(), second, AnnualGrade.COMPETENT));

        GroupGradeShare share = office(() -> grades.shares(f.planId())).getFirst();
        assertThat(share.assessed()).isEqualTo(7);
        assertThat(share.graded()).isEqualTo(3);
        assertThat(share.excellent()).isEqualTo(1);
        assertThat(share.maxExcellent()).isEqualTo(1);
        assertThat(share.over()).isFalse();

        // The first leaves 优秀: his place is free for the second.
        office(() -> grades.record(f.planId(), first, AnnualGrade.COMPETENT));
        office(() -> grades.record(f.planId(), second, AnnualGrade.EXCELLENT));
        assertThat(gradeOf(first, 2061)).isEqualTo("COMPETENT");
        assertThat(gradeOf(second, 2061)).isEqualTo("EXCELLENT");

        // On the cadre's timeline: the year's last day, as the 任免审批表 words it.
        List<TimelineEntry> timeline = as(DemoAccounts.CLERK, () -> cadres.timeline(second));
        assertThat(timeline).anySatisfy(t -> {
            assertThat(t.kindKey()).isEqualTo("timeline.kind.grade");
            assertThat(t.date()).isEqualTo(LocalDate.of(2061, 12, 31));
            assertThat(t.title()).isEqualTo("2061年度考核优秀");
        });

        // Listed with his grade; another county's clerk neither sees nor grades him.
        List<CadreGradeRow> rows = office(() -> grades.page(f.planId(), new CadreGradeFilter(null, null,
                AnnualGrade.EXCELLENT, false), PageRequest.of(0, 20)).getContent());
        assertThat(rows).extracting(CadreGradeRow::cadreId).containsExactly(second);
        assertThat(as(DemoAccounts.COUNTY_CLERK, () -> grades.count(f.planId(), CadreGradeFilter.all()))).isZero();
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> {
            grades.record(f.planId(), first, AnnualGrade.COMPETENT);
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anImportWithBadRowsSavesNothingAndListsEachThenTheFixedFileRaisesTheProposal() throws Exception {
        Fixture f = fixture(2062, 7);
        byte[] template = office(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            grades.writeTemplate(f.planId(), out);
            return out.toByteArray();
        });
        // The template lists the seven leaders, principal first, grade column empty.
        List<String> listed = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("年度考核等次");
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                listed.add(s.getRow(i).getCell(0).getStringCellValue());
            }
        }
        assertThat(listed).containsExactlyElementsOf(f.codes());

        // Sheet rows 2..8 are the seven leaders: 优秀, 优秀 (the 2nd of a group of 7: over the limit), 良好 (no
        // grade), 不称职, blank, blank, and a code not in the plan on row 8.
        byte[] bad = fill(template, Map.of(2, "优秀", 3, "优秀", 4, "良好", 5, "不称职"), 8, "NO-SUCH-CADRE");
        ImportResult refused = office(() -> grades.importGrades(f.planId(), new ByteArrayInputStream(bad)));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).extracting(e -> e.row() + "/" + e.column() + "/" + e.messageKey())
                .containsExactly("3/年度考核等次/assessment.grades.error.overLimit",
                        "4/年度考核等次/assessment.grades.error.grade",
                        "8/干部编号/assessment.grades.error.notInPlan");
        assertThat(refused.errors().get(0).args()).containsExactly(f.groupName(), "20%", 1, 1);
        assertThat(jdbc.queryForObject("select count(*) from cadre_annual_grades where grade_year = 2062",
                Integer.class)).isZero();

        byte[] fixed = fill(template, Map.of(2, "优秀", 3, "称职", 4, "基本称职", 5, "不称职"), 0, null);
        ImportResult saved = office(() -> grades.importGrades(f.planId(), new ByteArrayInputStream(fixed)));
        assertThat(saved.errors()).isEmpty();
        assertThat(saved.saved()).isEqualTo(4);
        assertThat(gradeOf(f.cadreIds().get(0), 2062)).isEqualTo("EXCELLENT");
        assertThat(gradeOf(f.cadreIds().get(3), 2062)).isEqualTo("INCOMPETENT");
        assertThat(gradeOf(f.cadreIds().get(4), 2062)).isNull();

        // The imported 不称职 (and the 基本称职) reach the clerk's 我的待办 through the registry's event.
        long incompetent = f.cadreIds().get(3);
        long basic = f.cadreIds().get(2);
        settle();
        assertThat(jdbc.queryForObject("select count(*) from grade_proposals where cadre_id = ? and grade_year = 2062"
                + " and grade = 'INCOMPETENT' and status = 'OPEN'", Integer.class, incompetent)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from grade_proposals where cadre_id = ? and grade_year = 2062"
                + " and grade = 'BASICALLY_COMPETENT'", Integer.class, basic)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from grade_proposals where cadre_id = ?", Integer.class,
                f.cadreIds().get(0))).isZero();
    }

    // --- helpers ------------------------------------------------------------------------------

    /** The template with grades put in by sheet row (1-based), and optionally one row's code replaced. */
    private static byte[] fill(byte[] template, Map<Integer, String> gradeByRow, int codeRow, String code)
            throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet s = wb.getSheetAt(0);
            gradeByRow.forEach((row, grade) -> s.getRow(row - 1).createCell(5).setCellValue(grade));
            if (code != null) {
                // The template's cells are inline strings, which POI does not overwrite in place: a new cell.
                Row r = s.getRow(codeRow - 1);
                r.removeCell(r.getCell(0));
                r.createCell(0).setCellValue(code);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private Fixture fixture(int year, int leaders) {
        int n = SEQ.incrementAndGet();
        long city = jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.CITY_CODE);
        long unitId = as(DemoAccounts.ADMIN, () -> org.add(city, "GIT" + year + n, "年度考核测试局" + year,
                UnitType.MUNICIPAL).id());
        List<Long> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < leaders; i++) {
            CadreForm c = new CadreForm();
            c.setCode("G" + year + "-" + i);
            c.setName("考核等次" + year + "-" + i);
            c.setGender(i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
            c.setBirthDate(LocalDate.of(1972, 1, 1).plusDays(37L * i));
            c.setEthnicity("汉族");
            c.setParty(Party.CPC_MEMBER);
            c.setEducation(Education.UNIVERSITY);
            c.setUnitId(unitId);
            c.setPostTitle(i == 0 ? "局长" : "副局长");
            c.setRank(i == 0 ? CadreRank.COUNTY_HEAD : CadreRank.DEPUTY_COUNTY);
            c.setLevel(ManagementLevel.CITY);
            c.setCategory(i == 0 ? CadreCategory.PRINCIPAL : CadreCategory.TEAM_MEMBER);
            ids.add(as(DemoAccounts.CLERK, () -> cadres.create(c)).id());
            codes.add(c.getCode());
        }
        // An 其他 cadre of the unit is no leader: not assessed, not counted.
        CadreForm other = new CadreForm();
        other.setCode("G" + year + "-X");
        other.setName("考核等次" + year + "-X");
        other.setGender(Gender.MALE);
        other.setBirthDate(LocalDate.of(1985, 5, 5));
        other.setEthnicity("汉族");
        other.setParty(Party.CPC_MEMBER);
        other.setEducation(Education.UNIVERSITY);
        other.setUnitId(unitId);
        other.setPostTitle("科长");
        other.setRank(CadreRank.SECTION_HEAD);
        other.setLevel(ManagementLevel.COUNTY);
        other.setCategory(CadreCategory.OTHER);
        as(DemoAccounts.CLERK, () -> cadres.create(other));
        String groupName = "年度考核测试类别" + year;
        long planId = office(() -> plans.create(year, "IT " + year, PlanRules.defaults()).id());
        long groupId = office(() -> plans.addGroup(planId, "GG" + year, groupName, new BigDecimal("100"),
                List.of(unitId)));
        assertThat(PlanRules.defaults().excellentShare()).isEqualByComparingTo("0.2");
        return new Fixture(planId, groupId, groupName, unitId, ids, codes);
    }

    private String gradeOf(long cadreId, int year) {
        return jdbc.query("select grade from cadre_annual_grades where cadre_id = ? and grade_year = ?",
                rs -> rs.next() ? rs.getString(1) : null, cadreId, year);
    }

    /** Waits until every grade event has been handled by its listeners. */
    private void settle() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Integer waiting = jdbc.queryForObject("select count(*) from event_publication where completion_date"
                    + " is null and event_type like '%AnnualGradesRecorded'", Integer.class);
            if (waiting == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("grade events not handled in time");
    }

    private void office(Runnable work) {
        as(DemoAccounts.ASSESSMENT, () -> {
            work.run();
            return null;
        });
    }

    private <T> T office(java.util.function.Supplier<T> work) {
        return as(DemoAccounts.ASSESSMENT, work);
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }
}
