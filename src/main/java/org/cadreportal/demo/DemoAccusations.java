package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.base.DayKind;
import org.cadreportal.base.WorkingDays;
import org.cadreportal.workflow.StepDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * 查诬 / 澄清正名 as the article counts it for 2025: 62 false accusations dealt with (cases with a 诬告陷害
 * finding) and 448 person-times clarified, among about 340 concluded cases (some logged afterwards), plus
 * the year after with cases on every step of the procedure, two of them late with their clarification.
 * Rows go in with plain JDBC; every step taken is a step record like the portal writes.
 */
final class DemoAccusations {

    record Result(int cases, int clarifications) {
    }

    static final int FALSE_ACCUSATIONS_2025 = 62;
    static final int CLARIFIED_2025 = 448;
    /** Cases cleared without a 诬告陷害 finding (错告 or 不实) and cases whose allegations stood or stayed open. */
    private static final int MISTAKEN_2025 = 236;
    private static final int UPHELD_2025 = 44;

    private static final long PROCEDURE = 3;
    private static final long[] STEP_IDS = {301, 302, 303, 304, 305, 306, 307};
    private static final String MEMBER_UNITS = "市纪委监委、市委组织部、市公安局、市信访局";
    private static final List<String> ALLEGATIONS = List.of(
            "反映其在工程项目招投标中收受施工方好处费", "反映其违规插手辖区工程项目发包", "反映其亲属经商办企业并利用职务便利谋利",
            "反映其公款吃喝、违规使用公务用车", "反映其在征地拆迁补偿中优亲厚友", "反映其在干部选拔中搞“小圈子”",
            "反映其长期不在岗、工作日打牌娱乐", "反映其在扶贫项目资金使用中虚报冒领", "反映其违规收受下属礼品礼金",
            "反映其作风粗暴、辱骂信访群众", "反映其在招商项目中违规承诺政策优惠", "反映其违规为他人办理低保");
    private static final Map<FindingType, List<String>> REASONS = Map.of(
            FindingType.FABRICATED, List.of("经调取银行流水、询问相关人员，所反映问题系举报人捏造，举报人因个人诉求未满足蓄意诬告",
                    "举报人提供的录音经鉴定系剪辑伪造，且多次以同一问题向多个部门举报，主观恶意明显"),
            FindingType.MISTAKEN, List.of("举报人对政策理解有误，误将正常程序认为违规，无主观恶意",
                    "举报人听信传言，所反映情况与事实不符，但无捏造故意"),
            FindingType.UNTRUE, List.of("经核查项目审批、资金拨付等资料，所反映问题不存在",
                    "经查阅会议记录、走访群众，所反映问题与事实不符"),
            FindingType.PARTLY_TRUE, List.of("所反映公车使用问题部分属实，已责令整改并退缴相关费用"),
            FindingType.TRUE, List.of("经核查，所反映问题基本属实，已移交纪检监察机关依规依纪处理"),
            FindingType.UNVERIFIABLE, List.of("举报内容笼统、线索不具体，经初步核实无法查证"));
    private static final List<String> REFERRED_TO = List.of("市公安局", "县公安局", "市纪委监委第三审查调查室");
    private static final List<String> SCOPES = List.of("所在单位领导班子及中层干部", "所在乡镇党委、县委组织部",
            "所在单位全体干部职工", "县级领导班子成员");

    private record Cadre(long id, String name, long unitId, String post, String county) {
    }

    /** One case to write: it has reached {@code reachedOrdinal} and stays open there unless finished. */
    private record Plan(int year, FindingType main, int accused, int reachedOrdinal, boolean quick,
                        boolean overdue, boolean finished) {
    }

    private final JdbcTemplate jdbc;
    private final Random rnd;
    private final LocalDate today;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SequenceIds caseIds;
    private final SequenceIds accusedIds;
    private final SequenceIds allegationIds;
    private final SequenceIds meetingIds;
    private final SequenceIds clarificationIds;
    private final SequenceIds recordIds;
    private final List<Object[]> caseRows = new ArrayList<>();
    private final List<Object[]> accusedRows = new ArrayList<>();
    private final List<Object[]> allegationRows = new ArrayList<>();
    private final List<Object[]> meetingRows = new ArrayList<>();
    private final List<Object[]> clarificationRows = new ArrayList<>();
    private final List<Object[]> clearedRows = new ArrayList<>();
    private final List<Object[]> recordRows = new ArrayList<>();
    private WorkingDays calendar;
    /** The last case number given in each year: numbers start again at 1 each year. */
    private final Map<Integer, Integer> numbers = new HashMap<>();

    DemoAccusations(JdbcTemplate jdbc, Random rnd, LocalDate today) {
        this.jdbc = jdbc;
        this.rnd = rnd;
        this.today = today;
        this.caseIds = new SequenceIds(jdbc, "accusation_cases_seq");
        this.accusedIds = new SequenceIds(jdbc, "accused_cadres_seq");
        this.allegationIds = new SequenceIds(jdbc, "allegations_seq");
        this.meetingIds = new SequenceIds(jdbc, "joint_meetings_seq");
        this.clarificationIds = new SequenceIds(jdbc, "clarifications_seq");
        this.recordIds = new SequenceIds(jdbc, "step_records_seq");
    }

    Result insert() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        jdbc.query("select calendar_date, kind from calendar_days", rs -> {
            days.put(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)));
        });
        calendar = new WorkingDays(days);
        List<Cadre> cadres = cadres();
        Long own = jdbc.query("select cadre_id from user_accounts where username = ?",
                rs -> rs.next() ? (Long) rs.getObject(1) : null, DemoAccounts.CADRE);
        int clarified = 0;
        for (Plan plan : plans2025()) {
            clarified += add(plan, cadres, own != null && caseRows.isEmpty() ? own : null);
        }
        if (today.getYear() >= 2026) {
            for (Plan plan : plans2026()) {
                clarified += add(plan, cadres, null);
            }
        }
        jdbc.batchUpdate("""
                insert into accusation_cases (id, version, case_no, report_no, received_on, channel, anonymous,
                    reporter_name, reporter_contact, summary, unit_id, procedure_id, current_ordinal, current_step_id,
                    status, step_started_on, step_due_on, opened_on, closed_on, last_actor, last_acted_at, found_on,
                    clarification_due_on, referred_to, referred_on, quick_logged)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseRows);
        jdbc.batchUpdate("insert into accused_cadres (id, case_id, ordinal, cadre_id, cadre_name, unit_id, post_title)"
                + " values (?, ?, ?, ?, ?, ?, ?)", accusedRows);
        jdbc.batchUpdate("insert into allegations (id, case_id, ordinal, cadre_id, content, finding, finding_reason)"
                + " values (?, ?, ?, ?, ?, ?, ?)", allegationRows);
        jdbc.batchUpdate("insert into joint_meetings (id, case_id, meeting_date, member_units, conclusions, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?)", meetingRows);
        jdbc.batchUpdate("""
                insert into clarifications (id, case_id, cadre_id, cadre_name, unit_id, clarified_on, methods,
                    scope_units, notice_text, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clarificationRows);
        jdbc.batchUpdate("insert into clarification_allegations (clarification_id, allegation_id) values (?, ?)",
                clearedRows);
        jdbc.batchUpdate("""
                insert into step_records (id, case_type, case_id, step_id, ordinal, outcome, target_ordinal,
                    actor_username, actor_name, acted_at, opinion, details) values (?, 'ACCUSATION', ?, ?, ?, ?, null,
                    ?, ?, ?, ?, ?)""", recordRows);
        return new Result(caseRows.size(), clarified);
    }

    /**
     * 2025: 62 cases with a 诬告陷害 finding, 236 cleared as 错告 or 不实, 44 where the allegations stood or
     * could not be verified; the cleared cases accuse one to three cadres, 448 in all.
     */
    private List<Plan> plans2025() {
        int clearing = FALSE_ACCUSATIONS_2025 + MISTAKEN_2025;
        int[] accused = new int[clearing];
        int sum = 0;
        for (int i = 0; i < clearing; i++) {
            int r = rnd.nextInt(100);
            accused[i] = r < 60 ? 1 : r < 88 ? 2 : 3;
            sum += accused[i];
        }
        while (sum != CLARIFIED_2025) {
            int i = rnd.nextInt(clearing);
            if (sum < CLARIFIED_2025 && accused[i] < 3) {
                accused[i]++;
                sum++;
            } else if (sum > CLARIFIED_2025 && accused[i] > 1) {
                accused[i]--;
                sum--;
            }
        }
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < clearing; i++) {
            FindingType main = i < FALSE_ACCUSATIONS_2025 ? FindingType.FABRICATED
                    : rnd.nextBoolean() ? FindingType.MISTAKEN : FindingType.UNTRUE;
            plans.add(new Plan(2025, main, accused[i], 7, rnd.nextInt(100) < 30, false, true));
        }
        for (int i = 0; i < UPHELD_2025; i++) {
            FindingType main = i % 3 == 0 ? FindingType.UNVERIFIABLE : i % 3 == 1 ? FindingType.TRUE
                    : FindingType.PARTLY_TRUE;
            plans.add(new Plan(2025, main, 1, 7, false, false, true));
        }
        Collections.shuffle(plans.subList(1, plans.size()), rnd);
        return plans;
    }

    /** The year after, up to today: finished cases and cases on every step, two late with the clarification. */
    private List<Plan> plans2026() {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            plans.add(new Plan(2026, i % 4 == 0 ? FindingType.FABRICATED : FindingType.UNTRUE, 1 + i % 2, 7, i % 5 == 0,
                    false, true));
        }
        int[] open = {2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 6, 7, 7};
        for (int k = 0; k < open.length; k++) {
            boolean late = open[k] == 6 && k % 2 == 1;
            plans.add(new Plan(2026, k % 3 == 0 ? FindingType.FABRICATED : FindingType.MISTAKEN, 1 + k % 2, open[k],
                    false, late, false));
        }
        return plans;
    }

    /** Writes one case; returns the person-times it clarified. */
    private int add(Plan plan, List<Cadre> cadres, Long mustAccuse) {
        long id = caseIds.next();
        List<Cadre> accused = pickAccused(cadres, plan.accused(), mustAccuse);
        LocalDate received;
        LocalDate found;
        if (plan.year() == 2025) {
            received = weekday(LocalDate.of(2025, 1, 6).plusDays(rnd.nextInt(300)));
            found = weekday(received.plusDays(25 + rnd.nextInt(20)));
        } else if (plan.finished()) {
            received = weekday(today.minusDays(60 + rnd.nextInt(200)));
            found = weekday(received.plusDays(25 + rnd.nextInt(10)));
        } else {
            // Open cases are recent, the further on the earlier they came in; a clarification on time was
            // found in the last days, a late one 45 days ago.
            received = weekday(today.minusDays(10 + plan.reachedOrdinal() * 8L + rnd.nextInt(10)));
            found = plan.overdue() ? weekday(today.minusDays(45)) : today.minusDays(2 + rnd.nextInt(6));
        }
        boolean hasFinding = plan.reachedOrdinal() > 4;
        LocalDate due = calendar.plus(found, 20);
        LocalDate clarifiedOn = weekday(found.plusDays(3 + rnd.nextInt(12)));
        if (plan.year() == 2025 && clarifiedOn.getYear() > 2025) {
            clarifiedOn = LocalDate.of(2025, 12, 30);
        }
        if (clarifiedOn.isAfter(today)) {
            clarifiedOn = today;
        }
        boolean clarifiedYet = plan.reachedOrdinal() == 7 && plan.main().clears();
        boolean done = plan.finished();
        LocalDate closed = done ? clarifiedOn.plusDays(2).isAfter(today) ? today : clarifiedOn.plusDays(2) : null;
        boolean anonymous = rnd.nextInt(100) < 40;
        int number = numbers.merge(received.getYear(), 1, Integer::sum);
        String caseNo = "查诬〔" + received.getYear() + "〕" + String.format("%03d", number);
        Cadre first = accused.get(0);
        int ordinal = done ? 7 : plan.reachedOrdinal();
        LocalDate stepStarted = done ? closed : plan.reachedOrdinal() >= 5 ? found : received.plusDays(3L * ordinal);
        if (stepStarted.isAfter(today)) {
            stepStarted = today;
        }
        int limit = new int[] {5, 15, 30, 10, 15, 30, 10}[ordinal - 1];
        String referredTo = hasFinding && plan.main() == FindingType.FABRICATED && plan.reachedOrdinal() > 5
                ? pick(REFERRED_TO) : null;
        caseRows.add(new Object[] {id, caseNo, "JB" + received.getYear() + "-" + String.format("%04d", number),
                Date.valueOf(received), pick(List.of("LETTER", "VISIT", "ONLINE", "ONLINE", "PHONE", "REFERRED")),
                anonymous, anonymous ? null : reporterName(), anonymous ? null : "1" + (30 + rnd.nextInt(60))
                + String.format("%08d", rnd.nextInt(100_000_000)),
                "举报" + accused.stream().map(Cadre::name).reduce((a, b) -> a + "、" + b).orElse("") + "存在违纪违法问题",
                first.unitId(), PROCEDURE, ordinal, STEP_IDS[ordinal - 1], done ? "COMPLETED" : "OPEN",
                Date.valueOf(stepStarted), Date.valueOf(stepStarted.plusDays(limit)), Date.valueOf(received),
                closed == null ? null : Date.valueOf(closed),
                done || ordinal == 6 || ordinal == 7 ? DemoAccounts.CLERK_NAME : DemoAccounts.DISCIPLINE_NAME,
                Timestamp.valueOf(stepStarted.atTime(16, 30)), hasFinding ? Date.valueOf(found) : null,
                hasFinding && plan.main().clears() ? Date.valueOf(due) : null, referredTo,
                referredTo == null ? null : Date.valueOf(found.plusDays(5).isAfter(today) ? today : found.plusDays(5)),
                plan.quick()});
        List<long[]> allegations = new ArrayList<>();
        List<Object[]> findingDetails = new ArrayList<>();
        for (int n = 0; n < accused.size(); n++) {
            Cadre c = accused.get(n);
            accusedRows.add(new Object[] {accusedIds.next(), id, n + 1, c.id(), c.name(), c.unitId(), c.post()});
            int count = 1 + (rnd.nextInt(100) < 35 ? 1 : 0);
            for (int k = 0; k < count; k++) {
                long allegationId = allegationIds.next();
                int allegationNo = allegations.size() + 1;
                FindingType finding = !hasFinding ? null : k == 0 ? plan.main()
                        : plan.main().clears() ? (rnd.nextBoolean() ? FindingType.UNTRUE : FindingType.MISTAKEN)
                        : FindingType.UNVERIFIABLE;
                String reason = finding == null ? null : pick(REASONS.get(finding));
                allegationRows.add(new Object[] {allegationId, id, allegationNo, c.id(), pick(ALLEGATIONS),
                        finding == null ? null : finding.name(), reason});
                allegations.add(new long[] {allegationId, c.id(), finding != null && finding.clears() ? 1 : 0});
                if (finding != null) {
                    findingDetails.add(new Object[] {allegationNo, finding, reason});
                }
            }
        }
        int persons = 0;
        List<StepDetail> clarifyDetails = new ArrayList<>();
        if (clarifiedYet) {
            for (Cadre c : accused) {
                long clarificationId = clarificationIds.next();
                Set<ClarificationMethod> methods = methods();
                String scope = pick(SCOPES);
                clarificationRows.add(new Object[] {clarificationId, id, c.id(), c.name(), c.unitId(),
                        Date.valueOf(clarifiedOn), methods.stream().sorted().map(Enum::name)
                        .reduce((a, b) -> a + "," + b).orElseThrow(), scope,
                        "经查，反映" + c.name() + "同志的问题不属实，特予澄清，以正视听。", DemoAccounts.CLERK_NAME});
                for (long[] a : allegations) {
                    if (a[1] == c.id() && a[2] == 1) {
                        clearedRows.add(new Object[] {clarificationId, a[0]});
                    }
                }
                clarifyDetails.add(StepDetail.text("accusation.field.cadre", c.name()));
                clarifyDetails.add(StepDetail.text("accusation.field.clarifiedOn", clarifiedOn));
                persons++;
            }
        }
        records(id, plan, done, received, found, clarifiedOn, closed, accused, findingDetails, clarifyDetails,
                referredTo, due);
        return persons;
    }

    private void records(long caseId, Plan plan, boolean done, LocalDate received, LocalDate found,
                         LocalDate clarifiedOn, LocalDate closed, List<Cadre> accused, List<Object[]> findings,
                         List<StepDetail> clarifyDetails, String referredTo, LocalDate due) {
        String outcome = plan.quick() ? "LOGGED" : "COMPLETED";
        boolean logged = plan.quick();
        String clerk = DemoAccounts.CLERK;
        String discipline = logged ? DemoAccounts.CLERK : DemoAccounts.DISCIPLINE;
        String disciplineName = logged ? DemoAccounts.CLERK_NAME : DemoAccounts.DISCIPLINE_NAME;
        LocalDate when = logged ? (closed == null ? today : closed) : null;
        List<StepDetail> intake = List.of(StepDetail.text("accusation.field.accused",
                        accused.stream().map(Cadre::name).reduce((a, b) -> a + "、" + b).orElse("")),
                StepDetail.text("accusation.field.allegationCount", findings.isEmpty() ? accused.size() : findings.size()));
        record(caseId, 1, outcome, clerk, DemoAccounts.CLERK_NAME, logged ? when : received.plusDays(1), null, intake);
        int reached = done ? 8 : plan.reachedOrdinal();
        LocalDate meeting = weekday(received.plusDays(7));
        if (reached > 2) {
            if (!logged) {
                long meetingId = meetingIds.next();
                meetingRows.add(new Object[] {meetingId, caseId, Date.valueOf(meeting), MEMBER_UNITS,
                        "经联席会议研判，举报反映问题线索较为具体，由纪委监委牵头核查。", DemoAccounts.DISCIPLINE_NAME});
            }
            record(caseId, 2, outcome, discipline, disciplineName, logged ? when : meeting.plusDays(1),
                    logged ? null : "经联席会议研判，转入核查。", List.of());
        }
        if (reached > 3) {
            record(caseId, 3, outcome, discipline, disciplineName, logged ? when : found.minusDays(3),
                    logged ? null : "已完成谈话、调阅资料等核查工作，形成核查报告。", List.of());
        }
        if (reached > 4) {
            List<StepDetail> details = new ArrayList<>();
            for (Object[] f : findings) {
                details.add(StepDetail.text("accusation.field.allegationNo", f[0]));
                details.add(StepDetail.key("accusation.field.finding", ((FindingType) f[1]).labelKey()));
                details.add(StepDetail.text("accusation.field.reason", f[2]));
            }
            if (plan.main().clears()) {
                details.add(StepDetail.text("accusation.field.clarificationDue", due));
            }
            record(caseId, 4, outcome, discipline, disciplineName, logged ? when : found, null, details);
        }
        if (reached > 5) {
            List<StepDetail> details = referredTo == null ? List.of()
                    : List.of(StepDetail.text("accusation.field.referredTo", referredTo));
            record(caseId, 5, outcome, discipline, disciplineName, logged ? when : found.plusDays(5).isAfter(today)
                    ? today : found.plusDays(5), referredTo == null ? "所反映问题已查清，依规作出处理。" : null, details);
        }
        if (reached > 6) {
            record(caseId, 6, outcome, clerk, DemoAccounts.CLERK_NAME, logged ? when : clarifiedOn,
                    plan.main().clears() ? null : "认定属实或无法查实，无需澄清。", clarifyDetails);
        }
        if (reached > 7) {
            record(caseId, 7, outcome, clerk, DemoAccounts.CLERK_NAME, closed, "案件材料已整理归档。", List.of());
        }
    }

    private void record(long caseId, int ordinal, String outcome, String username, String name, LocalDate day,
                        String opinion, List<StepDetail> details) {
        LocalDate on = day.isAfter(today) ? today : day;
        recordRows.add(new Object[] {recordIds.next(), caseId, STEP_IDS[ordinal - 1], ordinal, outcome, username, name,
                Timestamp.valueOf(on.atTime(9 + rnd.nextInt(8), rnd.nextInt(60))), opinion,
                details.isEmpty() ? null : json.writeValueAsString(details)});
    }

    private Set<ClarificationMethod> methods() {
        int r = rnd.nextInt(100);
        Set<ClarificationMethod> methods = new HashSet<>();
        methods.add(ClarificationMethod.WRITTEN);
        if (r < 45) {
            methods.add(ClarificationMethod.IN_PERSON);
        } else if (r < 75) {
            methods.add(ClarificationMethod.MEETING);
        } else if (r < 90) {
            methods.add(ClarificationMethod.BULLETIN);
        }
        return methods;
    }

    /** Cadres accused together work in the same county or bureau, so one clerk's scope holds the case. */
    private List<Cadre> pickAccused(List<Cadre> cadres, int count, Long mustAccuse) {
        Cadre first = mustAccuse == null ? pick(cadres)
                : cadres.stream().filter(c -> c.id() == mustAccuse).findFirst().orElse(pick(cadres));
        List<Cadre> same = new ArrayList<>(cadres.stream().filter(c -> c.county().equals(first.county())
                && c.id() != first.id()).toList());
        Collections.shuffle(same, rnd);
        List<Cadre> out = new ArrayList<>();
        out.add(first);
        out.addAll(same.subList(0, Math.min(count - 1, same.size())));
        while (out.size() < count) {
            Cadre extra = pick(cadres);
            if (out.stream().noneMatch(c -> c.id() == extra.id())) {
                out.add(extra);
            }
        }
        return out;
    }

    /** Active cadres with their county (the second level of the unit path) for grouping. */
    private List<Cadre> cadres() {
        List<Cadre> out = new ArrayList<>();
        jdbc.query("""
                select c.id, c.name, c.unit_id, c.post_title, u.path from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' order by c.id""", rs -> {
                    String[] parts = rs.getString(5).split("/");
                    String county = parts.length > 2 ? parts[2] : parts[parts.length - 1];
                    out.add(new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), county));
                });
        return out;
    }

    private String reporterName() {
        return DemoNames.personName(rnd, rnd.nextBoolean() ? org.cadreportal.cadre.Gender.MALE
                : org.cadreportal.cadre.Gender.FEMALE, new HashSet<>());
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
                : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }
}
