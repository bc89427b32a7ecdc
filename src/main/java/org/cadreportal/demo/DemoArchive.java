package org.cadreportal.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.cadre.CadreCategory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 一人一档: the eight quarterly filing periods up to the current quarter, and the entries the active
 * cadres filed in them. In a past quarter about 85 % of cadres filed, nearly all accepted, some returned,
 * a few still waiting (mostly from the last two quarters) or left as drafts; in the open quarter about
 * 30 % have started, so the list of missing filers is long. The demo cadre account gets a hand-written
 * archive ({@link DemoOwnArchive}); frontline inspections come from {@link DemoInspections}.
 */
final class DemoArchive {

    record Result(int periods, int entries, int inspections, int personTimes) {
    }

    /** A quarter; entries of the last one are still being filed. */
    record Period(long id, String nameZh, LocalDate startsOn, LocalDate endsOn, LocalDate deadline) {
    }

    /** An active cadre, the unit name entries mention and the clerk who reviews them. */
    record Cadre(long id, String code, String name, String unitName, String unitType, boolean principal,
                 Reviewer reviewer) {
    }

    record Reviewer(String username, String displayName) {
    }

    static final int QUARTERS = 8;
    static final int DEADLINE_DAYS = 15;

    private static final List<String> RETURN_REASONS = List.of(
            "成效数据缺少佐证材料，请补充", "“干成什么事”表述笼统，请补充具体成果和量化指标", "本人角色填写与实际分工不符，请核实后修改",
            "成效描述与所附材料数据不一致，请核对", "该事项已在上一周期填报，请勿重复填报", "所选领域与工作内容不符，请调整");

    /** 领域 id first, then words of the bureau names that work in it. */
    private static final String[][] BUREAU_FIELDS = {
        {"1", "发展和改革", "住房和城乡建设", "交通运输", "自然资源", "经济和信息化"},
        {"2", "商务局", "招商"},
        {"3", "农业农村", "林业"},
        {"4", "应急管理"},
        {"5", "信访", "公安", "司法", "政法"},
        {"6", "生态环境", "水利"},
        {"7", "民政", "卫生健康", "教育", "人力资源", "医疗保障", "退役军人"},
        {"8", "组织部", "宣传部", "统战部", "纪委", "总工会", "团市委"}};

    private final JdbcTemplate jdbc;
    private final Random rnd;
    private final LocalDate today;
    /** Nothing generated happens on or after today, so no entry is stamped in the future. */
    private final LocalDateTime cutoff;
    private final DemoEntryTexts texts;

    DemoArchive(JdbcTemplate jdbc, Random rnd, LocalDate today) {
        this.jdbc = jdbc;
        this.rnd = rnd;
        this.today = today;
        this.cutoff = today.atStartOfDay();
        this.texts = new DemoEntryTexts(rnd);
    }

    Result insert() {
        List<Period> periods = insertPeriods();
        Reviewer cityClerk = new Reviewer(DemoAccounts.CLERK, DemoAccounts.CLERK_NAME);
        Reviewer countyClerk = new Reviewer(DemoAccounts.COUNTY_CLERK, DemoAccounts.COUNTY_CLERK_NAME);
        String countyPath = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        List<Cadre> cadres = jdbc.query("""
                select c.id, c.cadre_code, c.name, u.name, u.unit_type, p.name, u.path, c.category
                from cadres c join units u on u.id = c.unit_id left join units p on p.id = u.parent_id
                where c.status = 'ACTIVE' order by c.id""", (rs, n) -> {
                    String type = rs.getString(5);
                    // 城关镇 exists in several counties: a township's entries name its county too.
                    String unitName = "TOWNSHIP".equals(type) ? rs.getString(6) + rs.getString(4) : rs.getString(4);
                    return new Cadre(rs.getLong(1), rs.getString(2), rs.getString(3), unitName, type,
                            CadreCategory.PRINCIPAL.name().equals(rs.getString(8)),
                            rs.getString(7).startsWith(countyPath) ? countyClerk : cityClerk);
                });
        Long own = jdbc.query("select c.id from cadres c join units u on u.id = c.unit_id where c.name = ? and u.code = ?",
                rs -> rs.next() ? rs.getLong(1) : null, DemoAccounts.CADRE_NAME, DemoAccounts.CADRE_UNIT_CODE);
        DemoEntryRows rows = new DemoEntryRows(jdbc);
        Period open = periods.getLast();
        for (Period period : periods) {
            boolean recent = period.endsOn().isAfter(open.startsOn().minusMonths(4));
            for (Cadre cadre : cadres) {
                if (own != null && cadre.id() == own) {
                    continue;
                }
                if (period == open) {
                    fileOpen(rows, cadre, period);
                } else {
                    filePast(rows, cadre, period, recent);
                }
            }
        }
        if (own != null) {
            Cadre ownCadre = cadres.stream().filter(c -> c.id() == own).findFirst().orElseThrow();
            new DemoOwnArchive(jdbc, rows, ownCadre).insert(periods, cutoff);
        }
        rows.write();
        DemoInspections.Result seen = new DemoInspections(jdbc, rnd, today, own).insert();
        return new Result(periods.size(), rows.total(), seen.inspections(), seen.personTimes());
    }

    /** The current quarter and the seven before it, oldest first, open to every cadre category. */
    private List<Period> insertPeriods() {
        SequenceIds ids = new SequenceIds(jdbc, "filing_periods_seq");
        LocalDate current = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        List<Period> periods = new ArrayList<>();
        List<Object[]> periodRows = new ArrayList<>();
        List<Object[]> categoryRows = new ArrayList<>();
        for (int back = QUARTERS - 1; back >= 0; back--) {
            LocalDate start = current.minusMonths(3L * back);
            LocalDate end = start.plusMonths(3).minusDays(1);
            int quarter = (start.getMonthValue() - 1) / 3 + 1;
            Period p = new Period(ids.next(), start.getYear() + "年第" + "一二三四".charAt(quarter - 1) + "季度", start, end,
                    end.plusDays(DEADLINE_DAYS));
            periods.add(p);
            periodRows.add(new Object[] {p.id(), p.nameZh(), start.getYear() + " Q" + quarter, Date.valueOf(start),
                Date.valueOf(end), Date.valueOf(p.deadline()), DemoAccounts.ADMIN});
            for (CadreCategory category : CadreCategory.values()) {
                categoryRows.add(new Object[] {p.id(), category.name()});
            }
        }
        jdbc.batchUpdate("""
                insert into filing_periods (id, version, name_zh, name_en, starts_on, ends_on, deadline, opened_by)
                values (?, 0, ?, ?, ?, ?, ?, ?)""", periodRows);
        jdbc.batchUpdate("insert into filing_period_categories (period_id, category) values (?, ?)", categoryRows);
        return periods;
    }

    private void filePast(DemoEntryRows rows, Cadre cadre, Period period, boolean recent) {
        if (rnd.nextInt(100) >= 85) {
            return;
        }
        int count = rnd.nextInt(100) < 55 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            int r = rnd.nextInt(1000);
            // Waiting for review is mostly the last two quarters' business; older ones were dealt with.
            int waiting = recent ? 150 : 15;
            EntryStatus outcome = r < 30 ? EntryStatus.DRAFT : r < 30 + 60 ? EntryStatus.RETURNED
                    : r < 90 + waiting ? EntryStatus.SUBMITTED : EntryStatus.ACCEPTED;
            boolean late = rnd.nextInt(100) < 5;
            LocalDateTime created = at(period.endsOn().minusDays(5 + rnd.nextInt(40)));
            if (created.toLocalDate().isBefore(period.startsOn())) {
                created = at(period.startsOn().plusDays(rnd.nextInt(10)));
            }
            LocalDate submitDay = late ? period.deadline().plusDays(1 + rnd.nextInt(20))
                    : min(created.toLocalDate().plusDays(rnd.nextInt(12)), period.deadline().minusDays(rnd.nextInt(3)));
            add(rows, cadre, period, outcome, created, submitDay);
        }
    }

    private void fileOpen(DemoEntryRows rows, Cadre cadre, Period period) {
        long days = ChronoUnit.DAYS.between(period.startsOn(), today);
        if (days < 1 || rnd.nextInt(100) >= 30) {
            return;
        }
        int count = rnd.nextInt(100) < 80 ? 1 : 2;
        for (int i = 0; i < count; i++) {
            int r = rnd.nextInt(100);
            EntryStatus outcome = r < 50 ? EntryStatus.DRAFT : r < 90 ? EntryStatus.SUBMITTED
                    : r < 97 ? EntryStatus.ACCEPTED : EntryStatus.RETURNED;
            LocalDateTime created = at(period.startsOn().plusDays(rnd.nextInt((int) days)));
            add(rows, cadre, period, outcome, created, created.toLocalDate().plusDays(rnd.nextInt(8)));
        }
    }

    /**
     * The steps to the wanted outcome; steps that would fall on or after today are not taken yet, so a
     * recent entry may still be waiting. One accepted entry in 25 was returned once and then resubmitted.
     */
    private void add(DemoEntryRows rows, Cadre cadre, Period period, EntryStatus outcome, LocalDateTime created,
                     LocalDate submitDay) {
        if (!created.isBefore(cutoff)) {
            return;
        }
        // Four eyes: the county clerk files on a county cadre's behalf and the city clerk reviews it. Elsewhere
        // the city clerk is the only clerk in scope, so nobody files by proxy there.
        boolean proxy = rnd.nextInt(100) < 8 && cadre.reviewer().username().equals(DemoAccounts.COUNTY_CLERK);
        Reviewer clerk = proxy ? new Reviewer(DemoAccounts.CLERK, DemoAccounts.CLERK_NAME) : cadre.reviewer();
        Reviewer proxyFiler = cadre.reviewer();
        String filer = proxy ? proxyFiler.username() : cadre.code().toLowerCase();
        String filerName = proxy ? proxyFiler.displayName() : cadre.name();
        List<DemoEntryRows.Step> steps = new ArrayList<>();
        steps.add(new DemoEntryRows.Step(EntryStatus.DRAFT, filer, filerName, created, null));
        if (outcome != EntryStatus.DRAFT) {
            LocalDateTime submitted = after(created, submitDay);
            steps.add(new DemoEntryRows.Step(EntryStatus.SUBMITTED, filer, filerName, submitted, null));
            if (outcome == EntryStatus.ACCEPTED && rnd.nextInt(25) == 0) {
                LocalDateTime returned = workHours(submitted.toLocalDate().plusDays(1 + rnd.nextInt(6)));
                steps.add(new DemoEntryRows.Step(EntryStatus.RETURNED, clerk.username(), clerk.displayName(), returned,
                        pick(RETURN_REASONS)));
                submitted = after(returned, returned.toLocalDate().plusDays(1 + rnd.nextInt(5)));
                steps.add(new DemoEntryRows.Step(EntryStatus.SUBMITTED, filer, filerName, submitted, null));
            }
            if (outcome == EntryStatus.ACCEPTED || outcome == EntryStatus.RETURNED) {
                LocalDateTime reviewed = workHours(submitted.toLocalDate().plusDays(1 + rnd.nextInt(10)));
                steps.add(new DemoEntryRows.Step(outcome, clerk.username(), clerk.displayName(), reviewed,
                        outcome == EntryStatus.RETURNED ? pick(RETURN_REASONS) : null));
            }
        }
        List<DemoEntryRows.Step> taken = steps.stream().filter(s -> s.at().isBefore(cutoff)).toList();
        long field = field(cadre);
        WorkRole role = role(cadre);
        int[] scores = {score(), score(), score(), score()};
        rows.add(new DemoEntryRows.Filing(cadre.id(), period.id(), period.deadline(), field, level(cadre),
                41 + rnd.nextInt(4), role, texts.texts(field, role, cadre.unitName(), rnd.nextBoolean()),
                proxy ? proxyFiler.username() : null, proxy ? proxyFiler.displayName() : null, scores), taken);
    }

    /** Bureaus mostly file in their own line of work; everyone else across all fields. */
    private long field(Cadre cadre) {
        String unit = cadre.unitName();
        if (rnd.nextInt(100) < 60) {
            for (String[] line : BUREAU_FIELDS) {
                for (int i = 1; i < line.length; i++) {
                    if (unit.contains(line[i])) {
                        return Long.parseLong(line[0]);
                    }
                }
            }
        }
        return 1 + rnd.nextInt(DemoEntryTexts.fieldCount());
    }

    /** 层级: mostly the cadre's own level, sometimes one up (a rare national-level entry). */
    private long level(Cadre cadre) {
        long own = switch (cadre.unitType()) {
            case "TOWNSHIP" -> 25;
            case "COUNTY" -> 24;
            default -> 23;
        };
        int r = rnd.nextInt(100);
        return r < 1 ? 21 : r < 20 ? own - 1 : own;
    }

    private WorkRole role(Cadre cadre) {
        int r = rnd.nextInt(100);
        if (cadre.principal()) {
            return r < 75 ? WorkRole.LEAD : r < 90 ? WorkRole.IN_CHARGE : WorkRole.TAKE_PART;
        }
        return r < 50 ? WorkRole.IN_CHARGE : r < 80 ? WorkRole.TAKE_PART : WorkRole.LEAD;
    }

    private int score() {
        int r = rnd.nextInt(100);
        return r < 20 ? 3 : r < 70 ? 4 : 5;
    }

    /** Some time of a filer's day, evenings included. */
    private LocalDateTime at(LocalDate day) {
        return day.atTime(8 + rnd.nextInt(13), rnd.nextInt(60));
    }

    private LocalDateTime workHours(LocalDate day) {
        return day.atTime(9 + rnd.nextInt(8), rnd.nextInt(60));
    }

    /** A time on the given day, but always after {@code previous}. */
    private LocalDateTime after(LocalDateTime previous, LocalDate day) {
        LocalDateTime t = at(day);
        return t.isAfter(previous) ? t : previous.plusMinutes(10 + rnd.nextInt(180));
    }

    private String pick(List<String> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
