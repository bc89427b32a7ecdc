package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.accusation.QuickLogForm;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.testing.EntryForms;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.KeyFigure;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.Scores;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.AwardType;
import org.cadreportal.base.DayKind;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreForm;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.Education;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.Party;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitType;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.ProgressForm;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.tolerance.ApplicantType;
import org.cadreportal.tolerance.ApplicationForm;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.NewAttachment;
import org.springframework.data.domain.PageRequest;

/**
 * The bad-input corpus: each case sends one hostile or broken input through the service a form or an
 * import uses, as the user who would, and says what came back.
 */
final class HostileCorpus {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String SQL = "' OR 1=1 --";
    static final String RARE = "𠀀𪚥😀👩‍👩‍👧";
    static final String NUL = "\u0000";
    static final String RTL = "\u202E";

    /** One named hostile input and what to do with it; the body returns the outcome for the summary. */
    record HostileCase(String name, Body body) {
    }

    interface Body {
        String run() throws Exception;
    }

    record Services(CadreService cadres, ArchiveService archive, AdjustmentService adjustment,
                    AccusationService accusations, ToleranceService tolerance, SupervisionService supervision,
                    AwardService awards, UserAdminService users, OrgService org, WorkingCalendar calendar,
                    Clock clock) {
    }

    private final HostileProbe p;
    private final Services s;
    private final List<Long> createdCadres = new ArrayList<>();
    private Long periodId;
    private long serial = System.nanoTime() % 1_000_000;

    HostileCorpus(HostileProbe probe, Services services) {
        this.p = probe;
        this.s = services;
    }

    List<HostileCase> cases() {
        List<HostileCase> c = new ArrayList<>();
        cadreRegistry(c);
        roster(c);
        archive(c);
        adjustment(c);
        accusation(c);
        tolerance(c);
        supervision(c);
        awards(c);
        administration(c);
        return c;
    }

    /** Removes the cadres the positive cases added, so other tests counting cadres see the demo data. */
    void cleanUp() {
        for (long id : createdCadres) {
            var jdbc = p.jdbc();
            jdbc.update("delete from career_records_aud where cadre_id = ?", id);
            jdbc.update("delete from career_records where cadre_id = ?", id);
            jdbc.update("delete from cadres_aud where id = ?", id);
            jdbc.update("delete from cadres where id = ?", id);
        }
    }

    // --- 干部名册 ---------------------------------------------------------------------------------

    private void cadreRegistry(List<HostileCase> c) {
        c.add(create("cadre.name: empty", f -> f.setName("")));
        c.add(create("cadre.name: whitespace only", f -> f.setName(" \t　 ")));
        c.add(create("cadre.name: 5,000 chars", f -> f.setName("张".repeat(5000))));
        c.add(create("cadre.postTitle: 5,000 chars", f -> f.setPostTitle("副".repeat(5000))));
        c.add(create("cadre.name: NUL byte", f -> f.setName("张" + NUL + "三")));
        c.add(create("cadre.name: C0 control chars (BEL, ESC)", f -> f.setName("张\u0007\u001B三")));
        c.add(create("cadre.name: RTL override U+202E", f -> f.setName("张三" + RTL + "gpj.exe")));
        c.add(create("cadre.postTitle: RTL override U+202E", f -> f.setPostTitle("副镇长" + RTL + "长镇")));
        c.add(create("cadre.name: <script> (names refuse markup)", f -> f.setName(SCRIPT)));
        c.add(create("cadre.birthDate: in the future", f -> f.setBirthDate(today().plusYears(1))));
        c.add(create("cadre.birthDate: year 0001", f -> f.setBirthDate(LocalDate.of(1, 1, 1))));
        c.add(create("cadre.birthDate: year 9999", f -> f.setBirthDate(LocalDate.of(9999, 12, 31))));
        c.add(create("cadre.birthDate: before 1900", f -> f.setBirthDate(LocalDate.of(1899, 12, 31))));
        c.add(create("cadre.code: SQL-ish " + SQL, f -> f.setCode(SQL)));
        c.add(create("cadre.code: 5,000 chars", f -> f.setCode("A".repeat(5000))));
        c.add(create("cadre.unitId: a unit that does not exist", f -> f.setUnitId(-1L)));
        c.add(create("cadre.code: taken by another cadre", f -> f.setCode(p.jdbc().queryForObject(
                "select cadre_code from cadres order by id limit 1", String.class))));
        c.add(new HostileCase("cadre update: name 5,000 chars", () -> {
            CadreDetails d = p.as(DemoAccounts.CLERK, () -> s.cadres().get(cadreIn("X01", 5)));
            CadreForm f = d.form();
            f.setName("李".repeat(5000));
            return p.refused(DemoAccounts.CLERK, () -> s.cadres().update(d.id(), d.version(), f));
        }));
        c.add(new HostileCase("cadre.name: 4-byte emoji and rare CJK (saved on utf8mb4)", () -> {
            CadreForm f = cadreForm();
            f.setName("王" + RARE);
            CadreDetails saved = p.saved(DemoAccounts.CLERK, () -> s.cadres().create(f));
            createdCadres.add(saved.id());
            assertThat(p.jdbc().queryForObject("select name from cadres where id = ?", String.class, saved.id()))
                    .isEqualTo("王" + RARE);
            return "saved, read back unchanged";
        }));
        c.add(new HostileCase("cadre search: SQL-ish " + SQL, () -> {
            CadreFilter filter = new CadreFilter(SQL, null, null, null, null, null);
            long rows = p.saved(DemoAccounts.CLERK, () -> s.cadres().page(filter, PageRequest.of(0, 50))
                    .getTotalElements());
            assertThat(rows).isZero();
            CadreFilter quoted = new CadreFilter("'", null, null, null, null, null);
            assertThat(p.saved(DemoAccounts.CLERK, () -> s.cadres().count(quoted))).isZero();
            return "listed 0 rows, no error";
        }));
        c.add(new HostileCase("cadre export: =HYPERLINK / +cmd / @SUM in a post title", () -> {
            String tag = "公式" + serial++;
            List<String> posts = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+cmd|' /C calc'!A0",
                    "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0");
            for (String post : posts) {
                CadreForm f = cadreForm();
                f.setName(tag);
                f.setPostTitle(post);
                createdCadres.add(p.saved(DemoAccounts.CLERK, () -> s.cadres().create(f)).id());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.saved(DemoAccounts.CLERK, () -> {
                s.cadres().exportExcel(new CadreFilter(tag, null, null, null, null, null), out);
                return null;
            });
            assertThat(stringCells(out.toByteArray())).containsAll(posts);
            return "exported as plain string cells, no formula";
        }));
    }

    private HostileCase create(String name, Consumer<CadreForm> edit) {
        return new HostileCase(name, () -> {
            CadreForm f = cadreForm();
            edit.accept(f);
            return p.refused(DemoAccounts.CLERK, () -> s.cadres().create(f));
        });
    }

    private CadreForm cadreForm() {
        CadreForm f = new CadreForm();
        f.setCode("HX" + serial++);
        f.setName("测试干部");
        f.setGender(Gender.FEMALE);
        f.setBirthDate(LocalDate.of(1980, 5, 6));
        f.setEthnicity("汉族");
        f.setParty(Party.CPC_MEMBER);
        f.setEducation(Education.UNIVERSITY);
        f.setUnitId(p.jdbc().queryForObject("select id from units where code = 'X01T01'", Long.class));
        f.setPostTitle("副镇长");
        f.setRank(CadreRank.DEPUTY_SECTION);
        f.setLevel(ManagementLevel.COUNTY);
        f.setCategory(CadreCategory.TEAM_MEMBER);
        return f;
    }

    // --- 名册导入 ---------------------------------------------------------------------------------

    private void roster(List<HostileCase> c) {
        c.add(importing("roster: duplicate cadre code in two rows", t -> HostileFiles.roster(t, rows(
                row("DUP" + serial, "导入甲", "1985-04-01"), row("DUP" + serial, "导入乙", "1986-04-01")))));
        c.add(importing("roster: header row missing", t -> HostileFiles.withoutHeader(t, rows(
                row("HDR" + serial, "导入甲", "1985-04-01")))));
        c.add(importing("roster: workbook without any sheet", t -> HostileFiles.workbookWithoutSheets()));
        c.add(importing("roster: header only, no rows", t -> t));
        c.add(importing("roster: truncated .xlsx", t -> HostileFiles.truncated(HostileFiles.roster(t, rows(
                row("TRC" + serial, "导入甲", "1985-04-01"))))));
        c.add(importing("roster: zip bomb (40 MB of blanks in a sheet)", t -> HostileFiles.zipBomb(
                HostileFiles.roster(t, rows(row("BMB" + serial, "导入甲", "1985-04-01"))))));
        c.add(importing("roster: .xlsm with vbaProject.bin renamed .xlsx", t -> HostileFiles.macroWorkbook(
                HostileFiles.roster(t, rows(row("VBA" + serial, "导入甲", "1985-04-01"))))));
        c.add(importing("roster: Windows executable renamed .xlsx", t -> HostileFiles.windowsExecutable()));
        c.add(importing("roster: file over the upload limit", t -> {
            byte[] big = HostileFiles.roster(t, rows(row("BIG" + serial, "导入甲", "1985-04-01")));
            return java.util.Arrays.copyOf(big, Math.toIntExact(CadreService.ROSTER_MAX_BYTES + 1));
        }));
        c.add(importing("roster: name with RTL override", t -> HostileFiles.roster(t, rows(
                row("RTL" + serial, "导入" + RTL + "甲", "1985-04-01")))));
        c.add(importing("roster: name <script>", t -> HostileFiles.roster(t, rows(
                row("XSS" + serial, SCRIPT, "1985-04-01")))));
        c.add(importing("roster: birth date year 0001", t -> HostileFiles.roster(t, rows(
                row("OLD" + serial, "导入甲", "0001-01-01")))));
        c.add(importing("roster: birth date not a date", t -> HostileFiles.roster(t, rows(
                row("NAD" + serial, "导入甲", "NaN")))));
        c.add(importing("roster: post title 5,000 chars", t -> {
            String[] r = row("LNG" + serial, "导入甲", "1985-04-01");
            r[9] = "长".repeat(5000);
            return HostileFiles.roster(t, Collections.singletonList(r));
        }));
    }

    private HostileCase importing(String name, java.util.function.UnaryOperator<byte[]> file) {
        return new HostileCase(name, () -> {
            byte[] bytes = file.apply(template());
            return p.refused(DemoAccounts.COUNTY_CLERK, () -> s.cadres().importRoster(new ByteArrayInputStream(bytes)));
        });
    }

    private static List<String[]> rows(String[]... rows) {
        return List.of(rows);
    }

    private String[] row(String code, String name, String birth) {
        String township = "X01T01";
        return new String[] {code, name, "男", birth, "汉族", "中共党员", "大学本科", township, "", "副镇长", "副科级",
            "县管", "班子成员"};
    }

    private byte[] template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.as(DemoAccounts.CLERK, () -> {
            s.cadres().writeTemplate(out);
            return null;
        });
        return out.toByteArray();
    }

    // --- 一人一档 ---------------------------------------------------------------------------------

    private void archive(List<HostileCase> c) {
        c.add(entry("entry.whatDone: empty", f -> f.setWhatDone("")));
        c.add(entry("entry.achieved: whitespace only", f -> f.setAchieved("   \n\t ")));
        c.add(entry("entry.effect: 100,000 chars", f -> f.setEffect("效".repeat(100_000))));
        c.add(entry("entry.whatDone: 2,001 chars", f -> f.setWhatDone("干".repeat(2001))));
        c.add(entry("entry.achieved: NUL byte", f -> f.setAchieved("完成" + NUL + "任务")));
        c.add(entry("entry.effect: vertical tab and form feed (pasted from Word)", f -> f.setEffect("成效\u000B\f显著")));
        c.add(entry("entry.whatDone: RTL override", f -> f.setWhatDone("推进" + RTL + "项目")));
        // The outside tester was told the label and unit were wrong when the amount was too large.
        c.add(entry("entry.figures: amount 1e18", f -> f.setFigures(List.of(
                new KeyFigure("签约项目", new BigDecimal("1e18"), "个"))), "archive.error.figureTooLarge @figures"));
        c.add(entry("entry.figures: label 5,000 chars", f -> f.setFigures(List.of(
                new KeyFigure("项".repeat(5000), BigDecimal.ONE, "个")))));
        c.add(entry("entry.figures: 11 figures", f -> {
            List<KeyFigure> many = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                many.add(new KeyFigure("指标" + i, BigDecimal.TEN, "个"));
            }
            f.setFigures(many);
        }));
        c.add(entry("entry.periodId: a period that does not exist", f -> f.setPeriodId(-1L)));
        c.add(new HostileCase("entry texts: <script> and <img onerror> (stored verbatim)", () -> {
            EntryForm f = entryForm(SCRIPT);
            f.setAchieved(IMG);
            f.setEffect(SQL + " " + RARE);
            EntryDetails d = p.saved(DemoAccounts.CLERK, () -> s.archive().create(cadreIn("X01", 7), f));
            EntryDetails read = p.as(DemoAccounts.CLERK, () -> s.archive().get(d.row().id()));
            assertThat(read.form().getWhatDone()).isEqualTo(SCRIPT);
            assertThat(read.form().getAchieved()).isEqualTo(IMG);
            assertThat(read.form().getEffect()).isEqualTo(SQL + " " + RARE);
            return "saved verbatim";
        }));
        c.add(review("entry accept: score -1", (id, v) -> s.archive().accept(id, v, new Scores(-1, 3, 3, 3))));
        c.add(review("entry accept: score Integer.MAX_VALUE", (id, v) -> s.archive().accept(id, v,
                new Scores(3, Integer.MAX_VALUE, 3, 3))));
        c.add(review("entry return: reason 100,000 chars", (id, v) -> s.archive().returnEntry(id, v,
                "退".repeat(100_000), Scores.none())));
        c.add(review("entry return: reason whitespace only", (id, v) -> s.archive().returnEntry(id, v, "  　 ",
                Scores.none())));
        c.add(review("entry return: reason with ESC", (id, v) -> s.archive().returnEntry(id, v, "请补充\u001B[31m材料",
                Scores.none())));
        c.add(attach("entry attachment: Windows executable renamed .pdf",
                new NewAttachment("成果.pdf", HostileFiles.windowsExecutable())));
        c.add(attach("entry attachment: Windows executable renamed .docx",
                new NewAttachment("成果.docx", HostileFiles.windowsExecutable())));
        c.add(attach("entry attachment: one byte over the upload limit",
                new NewAttachment("大文件.pdf", HostileFiles.pdfOf(FileKinds.MAX_BYTES))));
        c.add(attach("entry attachment: file name 300 chars",
                new NewAttachment("名".repeat(296) + ".pdf", HostileFiles.smallPdf())));
        c.add(attach("entry attachment: file name with NUL",
                new NewAttachment("成果" + NUL + ".exe.pdf", HostileFiles.smallPdf())));
        c.add(attach("entry attachment: no extension", new NewAttachment("成果", HostileFiles.smallPdf())));
        c.add(new HostileCase("archive PDF: <script> in an entry shows as text", () -> {
            long cadreId = cadreIn("X01", 8);
            EntryDetails d = p.saved(DemoAccounts.CLERK, () -> s.archive().create(cadreId, entryForm(SCRIPT)));
            p.saved(DemoAccounts.CLERK, () -> s.archive().submit(d.row().id(), d.version()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.saved(DemoAccounts.CLERK, () -> {
                s.archive().exportPdf(cadreId, period(), period(), out);
                return null;
            });
            assertThat(pdfText(out.toByteArray())).contains(SCRIPT);
            return "PDF text contains " + SCRIPT;
        }));
        c.add(new HostileCase("archive export: =HYPERLINK / +cmd / @SUM in entry text", () -> {
            String tag = "导出" + serial++;
            List<String> texts = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+cmd|' /C calc'!A0",
                    "@SUM(1+1)*cmd|' /C calc'!A0");
            for (String text : texts) {
                EntryForm f = entryForm(text);
                f.setAchieved(tag);
                p.saved(DemoAccounts.CLERK, () -> s.archive().create(cadreIn("X01", 9), f));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EntryFilter filter = new EntryFilter(tag, null, null, null, null, null, null, null);
            p.saved(DemoAccounts.CLERK, () -> {
                s.archive().exportExcel(filter, out, ExportProgress.NONE);
                return null;
            });
            assertThat(stringCells(out.toByteArray())).containsAll(texts);
            return "exported as plain string cells, no formula";
        }));
        c.add(new HostileCase("archive search: SQL-ish " + SQL, () -> {
            EntryFilter filter = new EntryFilter(SQL + "不存在", null, null, null, null, null, null, null);
            assertThat(p.saved(DemoAccounts.CLERK, () -> s.archive().page(filter, PageRequest.of(0, 50)))).isEmpty();
            return "listed 0 rows, no error";
        }));
        c.add(new HostileCase("period: ends before it starts", () -> {
            PeriodForm f = periodForm("倒序周期" + serial++);
            f.setEndsOn(f.getStartsOn().minusDays(1));
            return p.refused(DemoAccounts.ADMIN, () -> s.archive().savePeriod(null, null, f));
        }));
        c.add(new HostileCase("period: deadline in year 9999", () -> {
            PeriodForm f = periodForm("远期周期" + serial++);
            f.setDeadline(LocalDate.of(9999, 12, 31));
            return p.refused(DemoAccounts.ADMIN, () -> s.archive().savePeriod(null, null, f));
        }));
        c.add(new HostileCase("period: starts in year 0001", () -> {
            PeriodForm f = periodForm("远古周期" + serial++);
            f.setStartsOn(LocalDate.of(1, 1, 1));
            return p.refused(DemoAccounts.ADMIN, () -> s.archive().savePeriod(null, null, f));
        }));
    }

    private HostileCase entry(String name, Consumer<EntryForm> edit) {
        return new HostileCase(name, () -> {
            EntryForm f = entryForm("推进重点项目");
            edit.accept(f);
            long cadreId = cadreIn("X01", 6);
            return p.refused(DemoAccounts.CLERK, () -> s.archive().create(cadreId, f));
        });
    }

    /** As {@link #entry(String, Consumer)}, refused with exactly the message {@code outcome}. */
    private HostileCase entry(String name, Consumer<EntryForm> edit, String outcome) {
        HostileCase refused = entry(name, edit);
        return new HostileCase(name, () -> {
            String said = refused.body().run();
            assertThat(said).isEqualTo(outcome);
            return said;
        });
    }

    interface Review {
        Object apply(long id, int version);
    }

    private HostileCase review(String name, Review act) {
        return new HostileCase(name, () -> {
            // Filed by the county clerk: the reviewer must be someone else (four eyes).
            EntryDetails d = p.saved(DemoAccounts.COUNTY_CLERK, () -> s.archive().create(cadreIn("X01", 10),
                    entryForm("待审核")));
            EntryDetails submitted = p.saved(DemoAccounts.COUNTY_CLERK,
                    () -> s.archive().submit(d.row().id(), d.version()));
            String outcome = p.refused(DemoAccounts.CLERK, () -> act.apply(submitted.row().id(), submitted.version()));
            assertThat(p.jdbc().queryForObject("select status from achievement_entries where id = ?", String.class,
                    d.row().id())).isEqualTo("SUBMITTED");
            return outcome;
        });
    }

    private HostileCase attach(String name, NewAttachment file) {
        return new HostileCase(name, () -> {
            EntryDetails d = p.saved(DemoAccounts.CLERK, () -> s.archive().create(cadreIn("X01", 11),
                    entryForm("附件")));
            return p.refused(DemoAccounts.CLERK, () -> s.archive().attach(d.row().id(), List.of(file)));
        });
    }

    private EntryForm entryForm(String whatDone) {
        return EntryForms.lead(period(), 3L, whatDone, "完成", "群众满意");
    }

    private long period() {
        if (periodId == null) {
            PeriodForm f = periodForm("恶意输入测试周期");
            periodId = p.saved(DemoAccounts.ADMIN, () -> s.archive().savePeriod(null, null, f)).id();
        }
        return periodId;
    }

    private PeriodForm periodForm(String name) {
        PeriodForm f = new PeriodForm();
        f.setNameZh(name);
        f.setNameEn("Hostile input period");
        f.setStartsOn(today().minusDays(60));
        f.setEndsOn(today().plusDays(30));
        f.setDeadline(today().plusDays(40));
        f.setCategories(EnumSet.allOf(CadreCategory.class));
        return f;
    }

    // --- 能上能下 ---------------------------------------------------------------------------------

    private void adjustment(List<HostileCase> c) {
        c.add(openCase("case.summary: 5,000 chars", f -> f.setSummary("摘".repeat(5000))));
        c.add(openCase("case.summary: empty", f -> f.setSummary("")));
        c.add(openCase("case.summary: NUL and DEL", f -> f.setSummary("考核\u0000较差\u007F")));
        c.add(openCase("case.cadreId: a cadre that does not exist", f -> f.setCadreId(-1L)));
        c.add(step("case step: opinion 100,000 chars", StepNote.of("意".repeat(100_000))));
        c.add(step("case step: attachment is a Windows executable named .pdf", new StepNote("研判意见",
                List.of(new NewAttachment("研判.pdf", HostileFiles.windowsExecutable())))));
        c.add(step("case step: attachment over the upload limit", new StepNote("研判意见",
                List.of(new NewAttachment("研判.pdf", HostileFiles.pdfOf(FileKinds.MAX_BYTES))))));
        c.add(step("case step: attachment file name 300 chars", new StepNote("研判意见",
                List.of(new NewAttachment("附".repeat(296) + ".pdf", HostileFiles.smallPdf())))));
        c.add(new HostileCase("case 呈批表 PDF: <script> in the summary shows as text", () -> {
            OpenCaseForm f = openForm(cadreIn("X02", 3));
            f.setSummary(SCRIPT + " " + IMG);
            CaseDetails d = p.saved(DemoAccounts.CLERK, () -> s.adjustment().open(f));
            assertThat(d.header().summary()).isEqualTo(SCRIPT + " " + IMG);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.saved(DemoAccounts.CLERK, () -> {
                s.adjustment().writePdf(d.id(), out);
                return null;
            });
            String text = pdfText(out.toByteArray());
            assertThat(text).contains(SCRIPT).contains("<imgsrc=xonerror=alert(1)>");
            return "PDF text contains " + SCRIPT;
        }));
        c.add(new HostileCase("case search: SQL-ish " + SQL, () -> {
            CaseFilter filter = new CaseFilter(SQL, null, null, null, null, null, false);
            assertThat(p.saved(DemoAccounts.CLERK, () -> s.adjustment().page(filter, PageRequest.of(0, 20))
                    .getTotalElements())).isZero();
            return "listed 0 rows, no error";
        }));
    }

    private HostileCase openCase(String name, Consumer<OpenCaseForm> edit) {
        return new HostileCase(name, () -> {
            OpenCaseForm f = openForm(cadreIn("X02", 4));
            edit.accept(f);
            return p.refused(DemoAccounts.CLERK, () -> s.adjustment().open(f));
        });
    }

    private HostileCase step(String name, StepNote note) {
        return new HostileCase(name, () -> {
            // One open case per cadre and direction: the step cases share the case the first one opened.
            CaseDetails d = p.saved(DemoAccounts.CLERK, () -> {
                try {
                    return s.adjustment().open(openForm(cadreIn("X02", 5)));
                } catch (org.cadreportal.adjustment.CaseAlreadyOpenException e) {
                    return s.adjustment().get(e.caseId());
                }
            });
            String outcome = p.refused(DemoAccounts.CLERK, () -> s.adjustment().completeStep(d.id(), d.version(),
                    new StepInput.Opinion(Set.of()), note));
            assertThat(p.as(DemoAccounts.CLERK, () -> s.adjustment().get(d.id())).standing().currentOrdinal())
                    .isEqualTo(d.standing().currentOrdinal());
            return outcome;
        });
    }

    private OpenCaseForm openForm(long cadreId) {
        OpenCaseForm f = new OpenCaseForm();
        f.setCadreId(cadreId);
        f.setDirection(Direction.DOWN);
        f.setSource(CaseSource.ANNUAL_ASSESSMENT);
        f.setSituationIds(Set.of(p.as(DemoAccounts.CLERK, () -> s.adjustment().situations(true)).getFirst().id()));
        f.setSummary("年度考核结果较差");
        return f;
    }

    // --- 查诬 -------------------------------------------------------------------------------------

    private void accusation(List<HostileCase> c) {
        c.add(intake("intake.reportNo: empty", i -> intake("", i.receivedOn(), i.summary(), i.allegations())));
        c.add(intake("intake.summary: 100,000 chars", i -> intake(i.reportNo(), i.receivedOn(), "举".repeat(100_000),
                i.allegations())));
        c.add(intake("intake.receivedOn: year 0001", i -> intake(i.reportNo(), LocalDate.of(1, 1, 1), i.summary(),
                i.allegations())));
        c.add(intake("intake.receivedOn: year 9999", i -> intake(i.reportNo(), LocalDate.of(9999, 12, 31),
                i.summary(), i.allegations())));
        c.add(intake("intake.allegation: NUL byte", i -> intake(i.reportNo(), i.receivedOn(), i.summary(),
                List.of(new AllegationInput(i.accusedIds().getFirst(), "反映" + NUL + "问题")))));
        c.add(intake("intake.summary: RTL override", i -> intake(i.reportNo(), i.receivedOn(), "反映" + RTL + "问题",
                i.allegations())));
        c.add(new HostileCase("quick log: 5 findings of 1,900 chars each (step details overflow)", () -> {
            long cadreId = cadreIn("X03", 2);
            List<AllegationInput> allegations = new ArrayList<>();
            List<FindingType> findings = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                allegations.add(new AllegationInput(cadreId, "反映问题" + i));
                findings.add(FindingType.UNTRUE);
                reasons.add(("经查不实" + i).repeat(380));
            }
            LocalDate t = today();
            IntakeForm in = new IntakeForm("HQ-" + serial++, t.minusDays(40), Channel.LETTER, true, null, null,
                    "反映多项问题", List.of(cadreId), allegations);
            QuickLogForm f = new QuickLogForm(in, findings, reasons, t.minusDays(20), null, null, t.minusDays(10),
                    Set.of(ClarificationMethod.WRITTEN), "所在单位", "经查，反映问题不实，予以澄清。");
            return p.refused(DemoAccounts.CLERK, () -> s.accusations().quickLog(f));
        }));
    }

    private HostileCase intake(String name, java.util.function.UnaryOperator<IntakeForm> edit) {
        return new HostileCase(name, () -> {
            long cadreId = cadreIn("X03", 1);
            IntakeForm good = intake("HI-" + serial++, today().minusDays(10), "反映其收受礼金",
                    List.of(new AllegationInput(cadreId, "反映其收受礼金")));
            IntakeForm bad = edit.apply(good);
            return p.refused(DemoAccounts.CLERK, () -> s.accusations().open(bad));
        });
    }

    private static IntakeForm intake(String no, LocalDate receivedOn, String summary,
            List<AllegationInput> allegations) {
        return new IntakeForm(no, receivedOn, Channel.LETTER, true, null, null, summary,
                allegations.stream().map(AllegationInput::cadreId).distinct().toList(), allegations);
    }

    // --- 容错 -------------------------------------------------------------------------------------

    private void tolerance(List<HostileCase> c) {
        c.add(application("application.matter: 5,000 chars", f -> f.setMatter("事".repeat(5000))));
        c.add(application("application.description: whitespace only", f -> f.setDescription(" \n ")));
        c.add(application("application.linkedCaseNo: <script> 5,000 chars",
                f -> f.setLinkedCaseNo(SCRIPT.repeat(200))));
        c.add(application("application.description: NUL byte", f -> f.setDescription("申请" + NUL)));
        c.add(application("application attachment: Windows executable named .pdf", f -> f.setAttachments(List.of(
                new NewAttachment("说明.pdf", HostileFiles.windowsExecutable())))));
    }

    private HostileCase application(String name, Consumer<ApplicationForm> edit) {
        return new HostileCase(name, () -> {
            ApplicationForm f = new ApplicationForm();
            f.setCadreId(cadreIn("X02", 6));
            f.setApplicantType(ApplicantType.UNIT);
            f.setMatter("项目推进中的失误");
            f.setDescription("单位申请");
            f.setCategoryId(1L);
            f.setExemptionIds(Set.of(1L));
            edit.accept(f);
            return p.refused(DemoAccounts.CLERK, () -> s.tolerance().apply(f));
        });
    }

    // --- 大督办 ------------------------------------------------------------------------------------

    private void supervision(List<HostileCase> c) {
        c.add(item("item.title: 5,000 chars", f -> f.setTitle("督".repeat(5000))));
        c.add(item("item.title: whitespace only", f -> f.setTitle("   ")));
        c.add(item("item.endDate: before the start", f -> f.setEndDate(f.getStartDate().minusDays(1))));
        c.add(item("item.startDate: year 0001", f -> f.setStartDate(LocalDate.of(1, 1, 1))));
        c.add(item("item.monitorTarget: 1e18", f -> {
            f.setMethod(ControlMethod.MONITOR);
            f.setMonitorName("完成投资");
            f.setMonitorTarget(new BigDecimal("1e18"));
        }));
        c.add(item("item.monitorTarget: -1e18", f -> {
            f.setMethod(ControlMethod.MONITOR);
            f.setMonitorName("完成投资");
            f.setMonitorTarget(new BigDecimal("-1e18"));
        }));
        c.add(item("item.milestone: planned progress -1", f -> f.setMilestones(List.of(
                new MilestoneForm("开工", f.getStartDate().plusDays(10), -1)))));
        c.add(item("item.milestone: name with ESC", f -> f.setMilestones(List.of(
                new MilestoneForm("开工\u001B", f.getStartDate().plusDays(10), 50)))));
        c.add(new HostileCase("progress report: monitored value 1e18", () -> {
            long id = p.jdbc().queryForObject("select min(id) from supervision_items where status = 'ONLINE'"
                    + " and control_method = 'MONITOR'", Long.class);
            return p.refused(DemoAccounts.SUPERVISION, () -> s.supervision().reportProgress(id,
                    new ProgressForm(60, "本月完成投资", new BigDecimal("1e18"), List.of())));
        }));
    }

    private HostileCase item(String name, Consumer<ItemForm> edit) {
        return new HostileCase(name, () -> {
            ItemForm f = new ItemForm();
            f.setTitle("园区道路建设");
            f.setAspectId(1L);
            f.setMethod(ControlMethod.MILESTONE);
            f.setLeadUnitId(p.jdbc().queryForObject("select id from units where code = 'X01'", Long.class));
            f.setCadreIds(Set.of(cadreIn("X01", 12)));
            f.setStartDate(today().minusDays(30));
            f.setEndDate(today().plusDays(120));
            f.setMilestones(List.of(new MilestoneForm("完成征地", today().plusDays(30), 50)));
            edit.accept(f);
            return p.refused(DemoAccounts.SUPERVISION, () -> s.supervision().create(f));
        });
    }

    // --- 记功奖励 ----------------------------------------------------------------------------------

    private void awards(List<HostileCase> c) {
        c.add(award("award.reason: 5,000 chars", f -> f.setReason("奖".repeat(5000))));
        c.add(award("award.decidedOn: year 0001", f -> f.setDecidedOn(LocalDate.of(1, 1, 1))));
        c.add(award("award.decidedOn: year 9999", f -> f.setDecidedOn(LocalDate.of(9999, 1, 1))));
        c.add(award("award.issuedBy: BEL control char", f -> f.setIssuedBy("市委\u0007")));
        c.add(award("award.cadreId: a cadre that does not exist", f -> f.setCadreId(-1L)));
        c.add(new HostileCase("award: <img onerror> and =HYPERLINK stored verbatim, exported as text", () -> {
            AwardForm f = awardForm();
            f.setReason(IMG + " " + SCRIPT);
            f.setIssuedBy("=HYPERLINK(\"http://evil.example\",\"市委\")");
            AwardRow saved = p.saved(DemoAccounts.CLERK, () -> s.awards().create(f));
            assertThat(saved.reason()).isEqualTo(IMG + " " + SCRIPT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            p.saved(DemoAccounts.CLERK, () -> {
                s.awards().exportExcel(org.cadreportal.award.AwardFilter.of(AwardKind.AWARD), out);
                return null;
            });
            assertThat(stringCells(out.toByteArray())).contains(IMG + " " + SCRIPT,
                    "=HYPERLINK(\"http://evil.example\",\"市委\")");
            p.as(DemoAccounts.CLERK, () -> {
                s.awards().delete(saved.id(), saved.version());
                return null;
            });
            return "saved verbatim, exported as plain string cells";
        }));
    }

    private HostileCase award(String name, Consumer<AwardForm> edit) {
        return new HostileCase(name, () -> {
            AwardForm f = awardForm();
            edit.accept(f);
            return p.refused(DemoAccounts.CLERK, () -> s.awards().create(f));
        });
    }

    private AwardForm awardForm() {
        AwardForm f = new AwardForm();
        f.setKind(AwardKind.AWARD);
        f.setType(AwardType.COMMENDATION);
        f.setCadreId(cadreIn("X01", 13));
        f.setDecidedOn(today().minusDays(3));
        f.setReason("抗洪抢险表现突出");
        f.setIssuedBy("市委");
        f.setDocumentNo("市委发〔2026〕1号");
        return f;
    }

    // --- 用户、单位、工作日历 ---------------------------------------------------------------------------

    private void administration(List<HostileCase> c) {
        c.add(user("user.username: <script>", f -> f.setUsername(SCRIPT), "Passw0rd123"));
        c.add(user("user.displayName: 5,000 chars", f -> f.setDisplayName("名".repeat(5000)), "Passw0rd123"));
        c.add(user("user.displayName: NUL byte", f -> f.setDisplayName("张" + NUL), "Passw0rd123"));
        c.add(user("user.scopeUnitId: a unit that does not exist", f -> f.setScopeUnitId(-1L), "Passw0rd123"));
        c.add(user("user password: 100,000 chars", f -> { }, "aA1".repeat(33_334)));
        c.add(new HostileCase("unit.name: 5,000 chars", () -> p.refused(DemoAccounts.ADMIN,
                () -> s.org().add(rootUnit(), "HU" + serial++, "单".repeat(5000), UnitType.DEPARTMENT))));
        c.add(new HostileCase("unit.code: NUL byte", () -> p.refused(DemoAccounts.ADMIN,
                () -> s.org().add(rootUnit(), "HU" + NUL + serial++, "测试单位", UnitType.DEPARTMENT))));
        c.add(new HostileCase("unit.name: whitespace only on rename", () -> {
            var unit = p.as(DemoAccounts.ADMIN, () -> s.org().get(rootUnit()));
            return p.refused(DemoAccounts.ADMIN, () -> s.org().rename(unit.id(), unit.version(), " \t "));
        }));
        c.add(new HostileCase("calendar day: year 0001", () -> p.refused(DemoAccounts.ADMIN,
                () -> s.calendar().save(LocalDate.of(1, 1, 1), null, DayKind.HOLIDAY, "元旦"))));
        c.add(new HostileCase("calendar day: name with NUL", () -> p.refused(DemoAccounts.ADMIN,
                () -> s.calendar().save(LocalDate.of(2031, 3, 3), null, DayKind.HOLIDAY, "节" + NUL))));
        c.add(new HostileCase("calendar day: name 5,000 chars", () -> p.refused(DemoAccounts.ADMIN,
                () -> s.calendar().save(LocalDate.of(2031, 3, 4), null, DayKind.HOLIDAY, "节".repeat(5000)))));
    }

    private HostileCase user(String name, Consumer<UserForm> edit, String password) {
        return new HostileCase(name, () -> {
            UserForm f = new UserForm();
            f.setUsername("hostile" + serial++);
            f.setDisplayName("测试用户");
            f.setRoles(EnumSet.of(Role.CLERK));
            f.setScopeUnitId(rootUnit());
            edit.accept(f);
            return p.refused(DemoAccounts.ADMIN, () -> s.users().create(f, password));
        });
    }

    // --- helpers ---------------------------------------------------------------------------------

    private long rootUnit() {
        return p.jdbc().queryForObject("select id from units where code = ?", Long.class, DemoAccounts.CITY_CODE);
    }

    private long cadreIn(String countyCode, int offset) {
        return p.jdbc().queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like ? order by c.id limit 1 offset ?""", Long.class,
                countyCode + "%", offset);
    }

    private LocalDate today() {
        return LocalDate.now(s.clock());
    }

    /** Every data cell's text; fails if any cell of the workbook is a formula or not a string. */
    static List<String> stringCells(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("cell " + cell.getAddress()).isEqualTo(CellType.STRING);
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }

    /** The PDF's text as poppler's pdftotext reads it, without white space (a table cell may wrap a line). */
    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("hostile", ".pdf");
        try {
            Files.write(file, pdf);
            Process run = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(text).isZero();
            return text.replaceAll("\\s+", "");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
