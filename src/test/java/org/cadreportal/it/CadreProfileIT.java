package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreProfile;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.audit.HistoryEntry;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CivilRank;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.FamilyMember;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.GradeEntry;
import org.cadreportal.cadre.IdentityNumber;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.cadre.ProfileForm;
import org.cadreportal.cadre.Resume;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The 任免审批表 profile on MariaDB: save and read, stale saves, personal data by role, scope, the record. */
class CadreProfileIT extends LiveTest {

    private static final AtomicInteger SEQ = new AtomicInteger(100);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    CadreProfileService profiles;
    @Autowired
    CadreService cadres;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aClerkSavesTheWholeProfileAndReadsItBack() {
        CadreProfile created = as(DemoAccounts.CLERK, () -> profiles.createWithProfile(cadreForm(), profileForm()));
        assertThat(created.idNumber()).isNotBlank();
        assertThat(created.family()).hasSize(2);
        assertThat(created.grades()).extracting(GradeEntry::grade).containsExactly(AnnualGrade.COMPETENT,
                AnnualGrade.EXCELLENT);
        // Generated from the one career record the registry opened: today's month, open-ended.
        assertThat(created.resumeEdited()).isFalse();
        assertThat(Resume.lines(created.resume())).hasSize(1).allMatch(l -> Resume.firstBadLine(l).isEmpty());

        ProfileForm edit = created.toForm();
        edit.setNativePlace("湖北黄冈");
        edit.setCivilRank(CivilRank.RESEARCHER_2);
        edit.setResume("1998.07--2005.03  东安县财政局科员\n2005.04--  东安县财政局副局长");
        edit.setFamily(List.of(new FamilyMember("妻子", "李芳", YearMonth.of(1982, 3), "中共党员", "东安县第一中学教师")));
        edit.setGrades(List.of(new GradeEntry(2023, AnnualGrade.EXCELLENT), new GradeEntry(2024,
                AnnualGrade.BASICALLY_COMPETENT)));
        edit.setPhoto(PNG);
        CadreProfile saved = as(DemoAccounts.CLERK, () -> profiles.saveProfile(created.cadreId(), created.version(), edit));
        assertThat(saved.version()).isGreaterThan(created.version());

        CadreProfile read = as(DemoAccounts.CLERK, () -> profiles.profile(created.cadreId()));
        assertThat(read.nativePlace()).isEqualTo("湖北黄冈");
        assertThat(read.civilRank()).isEqualTo(CivilRank.RESEARCHER_2);
        assertThat(read.resumeEdited()).isTrue();
        assertThat(Resume.lines(read.resume())).containsExactly("1998.07--2005.03  东安县财政局科员",
                "2005.04--  东安县财政局副局长");
        assertThat(read.family()).extracting(FamilyMember::name).containsExactly("李芳");
        assertThat(read.grades()).containsExactly(new GradeEntry(2023, AnnualGrade.EXCELLENT),
                new GradeEntry(2024, AnnualGrade.BASICALLY_COMPETENT));
        assertThat(read.hasPhoto()).isTrue();
        // The change is in the cadre's 变更历史, who and what; the identity number never is (all staff read it).
        List<HistoryEntry> history = as(DemoAccounts.COMMITTEE, () -> cadres.history(created.cadreId()));
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.who()).isNotBlank();
            assertThat(entry.changes()).extracting(HistoryEntry.FieldChange::field)
                    .contains("profile.nativePlace", "profile.civilRank", "profile.resumeText");
        });
        assertThat(history).flatExtracting(HistoryEntry::changes).extracting(HistoryEntry.FieldChange::field)
                .noneMatch(field -> field.contains("idNumber"));
        assertThat(as(DemoAccounts.COMMITTEE, () -> profiles.photo(created.cadreId()))).get()
                .extracting(AppointmentRecord.Photo::mediaType).isEqualTo("image/png");

        // The first editor's version is stale now: refused, and nothing of it saved.
        ProfileForm late = created.toForm();
        late.setNativePlace("湖北武汉");
        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> profiles.saveProfile(created.cadreId(),
                created.version(), late))).isInstanceOf(StaleDataException.class);
        assertThat(as(DemoAccounts.CLERK, () -> profiles.profile(created.cadreId())).nativePlace()).isEqualTo("湖北黄冈");

        // A 简历 that says what the career says (an LRMX file's, spaced its own way) keeps following the career.
        ProfileForm again = read.toForm();
        again.setResume(as(DemoAccounts.CLERK, () -> profiles.generatedResume(created.cadreId()))
                .replace("  ", "\u3000 "));
        CadreProfile followed = as(DemoAccounts.CLERK, () -> profiles.saveProfile(created.cadreId(), read.version(), again));
        assertThat(followed.resumeEdited()).isFalse();
    }

    @Test
    void badFieldsAreNamedAndNothingIsHalfSaved() {
        CadreProfile created = as(DemoAccounts.CLERK, () -> profiles.createWithProfile(cadreForm(), profileForm()));
        ProfileForm bad = created.toForm();
        String number = created.idNumber();
        bad.setIdNumber(number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0'));
        bad.setFamily(List.of());
        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> profiles.saveProfile(created.cadreId(),
                created.version(), bad))).isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.messageKey()).isEqualTo("cadre.error.idNumberCheck");
                });
        ProfileForm badResume = created.toForm();
        badResume.setResume("1998.07--2005.03  东安县财政局科员\n2005年4月 副局长");
        assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> profiles.saveProfile(created.cadreId(),
                created.version(), badResume))).isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("resume");
                    assertThat(e.args()).startsWith(2);
                });
        ProfileForm twice = created.toForm();
        twice.setGrades(List.of(new GradeEntry(2023, AnnualGrade.COMPETENT), new GradeEntry(2023, AnnualGrade.EXCELLENT)));
        twice.setPhoto("not an image at all".getBytes());
        List<FieldException> problems = as(DemoAccounts.CLERK, () -> profiles.check(created.cadreId(), null, twice));
        assertThat(problems).extracting(FieldException::field).contains("grades.1.year", "photo");
        // Another cadre's identity number is taken.
        ProfileForm other = profileForm();
        CadreForm second = cadreForm();
        other.setIdNumber(created.idNumber());
        assertThat(as(DemoAccounts.CLERK, () -> profiles.check(null, second, other)))
                .extracting(FieldException::messageKey).contains("cadre.error.idNumberTaken");
        // Nothing of the refused saves reached the database.
        CadreProfile after = as(DemoAccounts.CLERK, () -> profiles.profile(created.cadreId()));
        assertThat(after.version()).isEqualTo(created.version());
        assertThat(after.family()).hasSize(2);
        assertThat(after.idNumber()).isEqualTo(number);
    }

    @Test
    void disciplineAndSupervisionDoNotGetPersonalDataAndAClerksReadIsLogged() {
        long cadreId = demoCadreWithAward();
        for (String reader : List.of(DemoAccounts.DISCIPLINE, DemoAccounts.SUPERVISION)) {
            long before = personalReads(reader, cadreId);
            CadreProfile p = as(reader, () -> profiles.profile(cadreId));
            assertThat(p.personalShown()).isFalse();
            assertThat(p.idNumber()).isNull();
            assertThat(p.family()).isEmpty();
            AppointmentRecord r = as(reader, () -> cadres.appointmentRecord(cadreId));
            assertThat(r.idNumber()).isEmpty();
            assertThat(r.family()).isEmpty();
            assertThat(r.nativePlace()).isNotBlank();
            assertThat(personalReads(reader, cadreId)).isEqualTo(before);
        }
        long before = personalReads(DemoAccounts.CLERK, cadreId);
        CadreProfile p = as(DemoAccounts.CLERK, () -> profiles.profile(cadreId));
        assertThat(p.personalShown()).isTrue();
        assertThat(IdentityNumber.problem(p.idNumber(), p.birthDate(), p.gender())).isEmpty();
        assertThat(p.family()).isNotEmpty();
        assertThat(personalReads(DemoAccounts.CLERK, cadreId)).isEqualTo(before + 1);
    }

    @Test
    void anotherUnitsCadreIsMissing() {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        long outside = jdbc.queryForObject("select min(c.id) from cadres c join units u on u.id = c.unit_id "
                + "where u.path not like ?", Long.class, county + "%");
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> profiles.profile(outside)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> cadres.appointmentRecord(outside)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> profiles.saveProfile(outside, 0, profileForm())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(DemoAccounts.COUNTY_CLERK, () -> profiles.photo(outside)))
                .isInstanceOf(RecordNotFoundException.class);
        String number = jdbc.queryForObject("select id_number from cadres where id = ?", String.class, outside);
        assertThat(as(DemoAccounts.COUNTY_CLERK, () -> profiles.cadreIdByIdNumber(number))).isEmpty();
        assertThat(as(DemoAccounts.CLERK, () -> profiles.cadreIdByIdNumber(number))).hasValue(outside);
    }

    @Test
    void theAppointmentRecordHasResumeLinesRewardsAndGrades() {
        long cadreId = demoCadreWithAward();
        AppointmentRecord r = as(DemoAccounts.COMMITTEE, () -> cadres.appointmentRecord(cadreId));
        assertThat(r.resumeLines()).isNotEmpty().allMatch(l -> Resume.firstBadLine(l).isEmpty());
        assertThat(r.resumeLines().getLast()).matches("\\d{4}\\.\\d{2}--\\s+\\S.*");
        assertThat(r.rewards()).isNotEmpty().allMatch(l -> l.matches("\\d{4}\\.\\d{2} .+"));
        assertThat(r.annualResults()).containsExactly(
                jdbc.queryForList("select grade_year, grade from cadre_annual_grades where cadre_id = ? order by grade_year",
                        cadreId).stream().map(m -> AnnualGrade.valueOf((String) m.get("grade"))
                                .resultLine(((Number) m.get("grade_year")).intValue())).toArray(String[]::new));
        assertThat(r.annualResults()).hasSize(4).first().asString().startsWith("2022年度考核");
        assertThat(r.idNumber()).hasSize(18);
        assertThat(r.family()).isNotEmpty();
        assertThat(r.fullTime().education()).isNotBlank();
        assertThat(r.proposedPost()).isEmpty();
        assertThat(r.age()).isBetween(18, 75);
        // Supervision may not open awards: none of them in its record.
        assertThat(as(DemoAccounts.SUPERVISION, () -> cadres.appointmentRecord(cadreId)).rewards()).isEmpty();
    }

    @Test
    void everyDemoCadresIdentityNumberMatchesBirthAndSex() {
        List<java.util.Map<String, Object>> rows = jdbc.queryForList(
                "select id_number, birth_date, gender from cadres where cadre_code like 'GB%'");
        // The demo's key cadres (codes GB…); other tests add cadres without a profile.
        assertThat(rows).hasSizeGreaterThan(500).allSatisfy(row -> assertThat(IdentityNumber.problem(
                (String) row.get("id_number"), ((java.sql.Date) row.get("birth_date")).toLocalDate(),
                Gender.valueOf((String) row.get("gender")))).as("%s", row).isEmpty());
        long excellent = jdbc.queryForObject("select count(*) from cadre_annual_grades where grade = 'EXCELLENT'",
                Long.class);
        long all = jdbc.queryForObject("select count(*) from cadre_annual_grades", Long.class);
        assertThat(excellent * 100 / all).isBetween(12L, 22L);
    }

    @Test
    void theRosterCarriesTheProfileColumnsButExportsNoIdentityNumber() throws Exception {
        String township = jdbc.queryForObject("select code from units where code like 'X01T%' order by code limit 1",
                String.class);
        java.time.LocalDate born = LocalDate.of(1984, 9, 17);
        String good = IdentityNumber.of("110102", born, 2 * SEQ.incrementAndGet());
        String code = "P18R" + SEQ.get();
        String[] base = {code, "名册任免", "女", "1984-09-17", "汉族", "中共党员", "大学本科", township, "", "副镇长", "副科级",
            "县管", "班子成员"};
        String[] profile = {"湖北东安", "湖北东安", "2006.06", "2006.07", "健康", "", "熟悉农业农村工作", "四级主任科员",
            "大学", "农学学士", "华中农业大学农学专业", "华中农业大学", "", "", "", ""};
        String badId = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        byte[] badFile = roster(concat(base, profile, badId));
        var refused = as(DemoAccounts.CLERK, () -> cadres.importRoster(new java.io.ByteArrayInputStream(badFile)));
        assertThat(refused.saved()).isFalse();
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("身份证号");
            assertThat(e.messageKey()).isEqualTo("cadre.error.idNumberCheck");
        });
        assertThat(jdbc.queryForObject("select count(*) from cadres where cadre_code = ?", Long.class, code)).isZero();

        byte[] goodFile = roster(concat(base, profile, good));
        var saved = as(DemoAccounts.CLERK, () -> cadres.importRoster(new java.io.ByteArrayInputStream(goodFile)));
        assertThat(saved.errors()).isEmpty();
        assertThat(jdbc.queryForMap("select id_number, native_place, work_started, civil_rank from cadres"
                + " where cadre_code = ?", code)).containsEntry("id_number", good).containsEntry("native_place", "湖北东安")
                .containsEntry("civil_rank", "PRINCIPAL_STAFF_4");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        as(DemoAccounts.CLERK, () -> {
            cadres.exportExcel(new org.cadreportal.cadre.CadreFilter(code, null, null, null, null, null), out);
            return null;
        });
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = wb.getSheetAt(0);
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).contains("籍贯", "参加工作时间", "职级").doesNotContain("身份证号");
            List<String> cells = new java.util.ArrayList<>();
            sheet.getRow(1).forEach(c -> cells.add(c.getStringCellValue()));
            assertThat(cells).contains("湖北东安", "2006.07", "四级主任科员").doesNotContain(good);
        }
        // The export imports back as it is, and the identity number it left out stays stored.
        var again = as(DemoAccounts.CLERK, () -> cadres.importRoster(new java.io.ByteArrayInputStream(out.toByteArray())));
        assertThat(again.errors()).isEmpty();
        assertThat(jdbc.queryForObject("select id_number from cadres where cadre_code = ?", String.class, code))
                .isEqualTo(good);
    }

    private static String[] concat(String[] base, String[] profile, String id) {
        String[] all = java.util.Arrays.copyOf(base, base.length + profile.length + 1);
        System.arraycopy(profile, 0, all, base.length, profile.length);
        all[all.length - 1] = id;
        return all;
    }

    private byte[] roster(String[] values) throws Exception {
        java.io.ByteArrayOutputStream template = new java.io.ByteArrayOutputStream();
        as(DemoAccounts.CLERK, () -> {
            cadres.writeTemplate(template);
            return null;
        });
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template.toByteArray()))) {
            var row = wb.getSheetAt(0).createRow(1);
            for (int c = 0; c < values.length; c++) {
                row.createCell(c).setCellValue(values[c]);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private long demoCadreWithAward() {
        return jdbc.queryForObject("select min(a.cadre_id) from award_records a join cadres c on c.id = a.cadre_id"
                + " where a.kind = 'AWARD' and c.status = 'ACTIVE'", Long.class);
    }

    private long personalReads(String user, long cadreId) {
        return jdbc.queryForObject("select count(*) from access_log where action = 'READ' and record_type = ?"
                + " and username = ? and record_id = ?", Long.class, AccessTypes.PERSONAL, user, cadreId);
    }

    private CadreForm cadreForm() {
        CadreForm f = new CadreForm();
        f.setCode("P18-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000);
        f.setName("任免测试" + SEQ.get());
        f.setGender(Gender.MALE);
        f.setBirthDate(LocalDate.of(1976, 4, 1).plusDays(SEQ.get()));
        f.setEthnicity("汉");
        f.setParty(Party.CPC_MEMBER);
        f.setEducation(Education.UNIVERSITY);
        f.setUnitId(jdbc.queryForObject("select id from units where code = ?", Long.class, DemoAccounts.COUNTY_CODE));
        f.setPostTitle("副县长");
        f.setRank(CadreRank.DEPUTY_COUNTY);
        f.setLevel(ManagementLevel.CITY);
        f.setCategory(CadreCategory.TEAM_MEMBER);
        return f;
    }

    private ProfileForm profileForm() {
        ProfileForm p = new ProfileForm();
        p.setIdNumber(IdentityNumber.of("110101", LocalDate.of(1976, 4, 1).plusDays(SEQ.get()), 2 * SEQ.get() + 1));
        p.setNativePlace("湖北东安");
        p.setBirthPlace("湖北东安");
        p.setPartyJoined(YearMonth.of(1999, 6));
        p.setWorkStarted(YearMonth.of(1998, 7));
        p.setHealth("健康");
        p.setFullTimeEducation("大学");
        p.setFullTimeDegree("法学学士");
        p.setFullTimeEducationSchool("武汉大学法学专业");
        p.setFullTimeDegreeSchool("武汉大学");
        p.setFamily(List.of(new FamilyMember("妻子", "王丽", YearMonth.of(1978, 2), "群众", "东安县人民医院医生"),
                new FamilyMember("儿子", "任小明", null, "共青团员", "湖北大学学生")));
        p.setGrades(List.of(new GradeEntry(2023, AnnualGrade.COMPETENT), new GradeEntry(2024, AnnualGrade.EXCELLENT)));
        return p;
    }

    private <T> T as(String user, Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }
}
