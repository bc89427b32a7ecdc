package org.cadreportal.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 容错纠错 and 回访教育: 40 applications registered over 2025–2026, spread over every step of the tolerance
 * procedure (a few overdue, one sent back once, three terminated), 21 of them with a finding — 免责,
 * 减责 or 不予容错, 不予容错 where 核实 found an exclusion — each with the step records a user would have
 * left; three findings are on cadres with an open 能上能下 case, so the case pages show them. And 30
 * disciplined cadres with visits planned by two visitors each, most of those past made and assessed,
 * some overdue. Written with plain JDBC (one batch a table) and given a creation revision each.
 */
@RequiredArgsConstructor
final class DemoTolerance {

    record Result(int applications, int findings, int disciplines, int visits) {
    }

    /** Step ids and time limits of procedure 4 (V17). */
    private static final long[] STEP_IDS = {401, 402, 403, 404, 405, 406};
    private static final int[] LIMITS = {5, 7, 30, 15, 7, 10};
    private static final String[] STEP_NAMES = {"申请", "受理", "核实", "认定", "反馈", "归档"};
    private static final String CASE_TYPE = "TOLERANCE";

    /**
     * An application's course: it stands on {@code at} (1-based; 7 means completed), {@code days} days
     * into that step, or was closed {@code days} days ago. {@code outcome} for those past 认定;
     * {@code excluded} an exclusion found at 核实 (0 none, 1 law-breaking, 2 private gain, 3 major incident).
     */
    private record Plan(int at, int days, String outcome, int excluded, boolean terminated, boolean sentBack) {

        static Plan open(int at, int days) {
            return new Plan(at, days, null, 0, false, false);
        }

        static Plan decided(int at, int days, String outcome, int excluded) {
            return new Plan(at, days, outcome, excluded, false, false);
        }

        static Plan terminatedAt(int at, int days) {
            return new Plan(at, days, null, 0, true, false);
        }

        Plan excluding(int exclusion) {
            return new Plan(at, days, outcome, exclusion, terminated, sentBack);
        }

        Plan sentBackOnce() {
            return new Plan(at, days, outcome, excluded, terminated, true);
        }
    }

    /**
     * Open at 受理 (5, one overdue), 核实 (6, one overdue, one sent back from 认定), 认定 (5, one overdue,
     * two with an exclusion found), 反馈 (4, one overdue) and 归档 (3, one overdue); 14 completed (6 免责,
     * 5 减责, 3 不予容错) and 3 terminated.
     */
    private static final List<Plan> PLANS = List.of(
            Plan.open(2, 2), Plan.open(2, 4), Plan.open(2, 11), Plan.open(2, 1), Plan.open(2, 5),
            Plan.open(3, 5), Plan.open(3, 12), Plan.open(3, 20), Plan.open(3, 36), Plan.open(3, 3),
            Plan.open(3, 9).sentBackOnce(),
            Plan.open(4, 2), Plan.open(4, 6).excluding(2), Plan.open(4, 19), Plan.open(4, 4), Plan.open(4, 8).excluding(1),
            Plan.decided(5, 1, "EXEMPT", 0), Plan.decided(5, 3, "REDUCED", 3), Plan.decided(5, 10, "EXEMPT", 0),
            Plan.decided(5, 5, "REFUSED", 1),
            Plan.decided(6, 2, "REDUCED", 0), Plan.decided(6, 4, "EXEMPT", 0), Plan.decided(6, 13, "REDUCED", 0),
            Plan.decided(7, 20, "EXEMPT", 0), Plan.decided(7, 45, "EXEMPT", 0), Plan.decided(7, 80, "REDUCED", 0),
            Plan.decided(7, 110, "EXEMPT", 0), Plan.decided(7, 150, "REFUSED", 2), Plan.decided(7, 190, "REDUCED", 3),
            Plan.decided(7, 230, "EXEMPT", 0), Plan.decided(7, 270, "REDUCED", 0), Plan.decided(7, 310, "EXEMPT", 0),
            Plan.decided(7, 350, "REFUSED", 1), Plan.decided(7, 400, "REDUCED", 0), Plan.decided(7, 450, "EXEMPT", 0),
            Plan.decided(7, 500, "REFUSED", 2), Plan.decided(7, 540, "REDUCED", 0),
            Plan.terminatedAt(2, 60), Plan.terminatedAt(3, 130), Plan.terminatedAt(2, 260));

    /** Matter, account, category id, exemption ids (V17), the opinion of 认定 when exempted or reduced. */
    private record Matter(String matter, String account, long category, long[] exemptions) {
    }

    private static final List<Matter> MATTERS = List.of(
            new Matter("推行“一窗通办”改革中系统切换导致业务短暂中断",
                    "在全市率先推行“一窗通办”改革，新旧系统切换期间因数据迁移经验不足，导致部分业务中断两日，已及时恢复。", 1, new long[] {1}),
            new Matter("村集体经济入股项目试点未达预期收益",
                    "按照试点方案组织村集体资金入股特色种植项目，受市场价格波动影响当年收益未达预期，未造成集体资产流失。", 1, new long[] {2}),
            new Matter("重点项目征迁补偿方案公示程序存在瑕疵",
                    "为保障重点项目按期开工，征迁补偿方案公示期比规定少两日，未造成群众利益损失，事后已补正程序。", 2, new long[] {3}),
            new Matter("经集体研究引进的企业投产后经营困难",
                    "经班子会议集体研究引进的新材料企业投产后遇行业下行，经营困难，部分扶持资金未能按期收回。", 3, new long[] {4, 5}),
            new Matter("招商引资项目按程序决策但未按期达产",
                    "招商项目经尽职调查、集体决策后落地，受原材料价格上涨影响未按协议期限达产。", 3, new long[] {5}),
            new Matter("防汛抢险中临机调度物资造成部分损耗",
                    "汛期堤防出现管涌险情，为抢时间临机调度储备物资，未履行完整领用手续，部分物资损耗。", 4, new long[] {6}),
            new Matter("突发疫情处置期间紧急采购程序简化",
                    "为控制突发疫情，紧急采购防护物资时简化询价程序，采购价格略高于平时。", 4, new long[] {6, 3}),
            new Matter("特大暴雨导致在建学校延期交付",
                    "受特大暴雨影响，在建学校工程停工四十余天，未能按期交付使用，已调整过渡安置方案。", 5, new long[] {7}),
            new Matter("上级环保政策调整致园区项目停工整改",
                    "园区化工项目依原审批手续建设，上级环保标准调整后停工整改，工期延误半年。", 5, new long[] {8}),
            new Matter("历史遗留矿山生态修复进度滞后",
                    "历史遗留矿山修复涉及多个权属主体，协调难度大，修复进度滞后于年度计划。", 5, new long[] {9}),
            new Matter("探索宅基地有偿退出试点引发纠纷",
                    "在上级尚无明确规定的情况下探索宅基地有偿退出，个别农户对补偿标准有异议引发纠纷。", 6, new long[] {10}),
            new Matter("营商环境改革中先行试行容缺受理出现偏差",
                    "先行试行企业开办容缺受理，个别企业后续未补齐材料，造成登记信息不完整。", 6, new long[] {10, 1}),
            new Matter("发现工程款超付后及时追回并整改",
                    "审计发现市政工程款超付，本人主动牵头追回全部超付款项并完善内控制度。", 7, new long[] {11}),
            new Matter("信访积案化解中依法处置引发群众不满",
                    "依法依规化解一起信访积案，处理结果未完全满足信访人诉求，引发部分群众不满。", 8, new long[] {12}),
            new Matter("数字乡村平台建设技术路线选择失误",
                    "数字乡村平台建设选用的技术方案与省级平台不兼容，部分功能需返工，增加投入约三十万元。", 1, new long[] {1}),
            new Matter("老旧小区改造资金拨付程序不规范",
                    "为赶在雨季前完工，老旧小区改造资金提前拨付，未完全履行验收程序，资金已按实结算。", 2, new long[] {3}),
            new Matter("处置山体滑坡险情先行组织转移造成财产损失",
                    "山体滑坡险情处置中先行组织群众转移，部分养殖户财产未及时转移造成损失，无人员伤亡。", 4, new long[] {6}),
            new Matter("国有企业改制中资产处置价格偏低",
                    "国有企业改制经集体决策并公开挂牌处置资产，成交价格低于后期市场价格。", 3, new long[] {4, 13}));

    private static final String[] REASONS = {
        "该同志在推进工作中出于公心、履职尽责，失误系缺乏经验或客观因素所致，未谋取私利，符合容错情形，予以免责。",
        "该同志主观上为推动工作，失误造成一定损失，但能主动挽回、积极整改，符合减责情形，依规减轻责任。",
        "经核实存在排除情形，不符合容错纠错条件，不予容错，依规依纪处理。"};

    private static final String[] VISITORS = {"王敏、周正平", "李娟、刘志强", "周正平、张晓东", "王敏、陈立群",
        "吴建国、周正平", "李娟、赵红梅"};
    private static final String[] VISIT_NOTES = {
        "该同志能够正确对待处分，思想稳定，工作积极主动，群众评价较好。",
        "该同志思想基本稳定，工作能够正常开展，但主动性有待提高，已谈心谈话提出要求。",
        "该同志存在消极情绪，工作状态不佳，已进行批评教育并要求所在单位加强跟踪管理。"};
    private static final String[] DISCIPLINE_NOTES = {"受到警告处分", "受到严重警告处分", "受到记过处分", "予以诫勉",
        "予以调离岗位", "受到政务警告处分"};

    private final JdbcTemplate jdbc;
    private final Random rnd;
    private final LocalDate today;
    private Map<Long, String> categoryNames;
    private Map<Long, String> exemptionNames;

    private record Cadre(long id, String name, long unitId, String post) {
    }

    Result insert() {
        categoryNames = names("tolerance_categories");
        exemptionNames = names("tolerance_exemptions");
        List<Cadre> cadres = jdbc.query("""
                select c.id, c.name, c.unit_id, c.post_title from cadres c where c.status = 'ACTIVE' order by c.id""",
                (rs, n) -> new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
        List<Cadre> county = jdbc.query("""
                select c.id, c.name, c.unit_id, c.post_title from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.path like concat((select path from units where code = ?), '%')
                order by c.id""", (rs, n) -> new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                DemoAccounts.COUNTY_CODE);
        // Cadres with a 能上能下 case at 分析研判 or 讨论决定: their findings show on the case page.
        List<Object[]> withCase = jdbc.query("""
                select c.id, c.name, c.unit_id, c.post_title, a.case_no from adjustment_cases a
                join cadres c on c.id = a.cadre_id where a.status = 'OPEN' and a.current_step_id in (102, 108)
                order by a.id""", (rs, n) -> new Object[] {
                    new Cadre(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)), rs.getString(5)});
        Result applications = applications(cadres, county, withCase);
        int[] visits = disciplines(cadres, county);
        audit();
        return new Result(applications.applications(), applications.findings(), visits[0], visits[1]);
    }

    private Map<Long, String> names(String table) {
        return jdbc.query("select id, name_zh from " + table, (rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    // --- applications ---------------------------------------------------------------------------

    private Result applications(List<Cadre> cadres, List<Cadre> county, List<Object[]> withCase) {
        SequenceIds ids = new SequenceIds(jdbc, "tolerance_applications_seq");
        SequenceIds recordIds = new SequenceIds(jdbc, "step_records_seq");
        record Built(LocalDate appliedOn, Object[] row, List<Object[]> records, List<long[]> exemptions) {
        }
        List<Built> built = new ArrayList<>();
        int findings = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            Plan plan = PLANS.get(i);
            Matter matter = MATTERS.get(i % MATTERS.size());
            String linked = null;
            Cadre cadre;
            if (plan.outcome() != null && !"REFUSED".equals(plan.outcome()) && i % 7 == 2
                    && !withCase.isEmpty()) {
                // A finding on a cadre whose adjustment case is at 分析研判 or 讨论决定.
                Object[] c = withCase.remove(0);
                cadre = (Cadre) c[0];
                linked = (String) c[1];
            } else if (i % 8 == 3 && !county.isEmpty()) {
                cadre = county.get((i * 7) % county.size());
            } else {
                cadre = cadres.get(1 + (i * 37 + 11) % (cadres.size() - 2));
            }
            long id = ids.next();
            // Dates backwards from the last event: the current step's start (open) or the closing day.
            int last = Math.min(plan.at(), 6);
            LocalDate[] done = new LocalDate[7];
            // A send-back: 核实 was done once and 认定 returned it; the redo started on the day it came back.
            // A terminated application stood on its step a few days before it was stopped.
            LocalDate backOn = today.minusDays(plan.days());
            LocalDate cursor = plan.sentBack() ? backOn.minusDays(16) : plan.terminated() ? backOn.minusDays(5) : backOn;
            int lastDone = plan.at() == 7 ? 6 : plan.at() - 1;
            for (int step = lastDone; step >= 1; step--) {
                done[step] = cursor;
                cursor = cursor.minusDays(duration(step));
            }
            LocalDate applied = done[1];
            LocalDate stepStart = plan.at() == 7 ? done[5] : done[plan.at() - 1];
            LocalDate stepDue = stepStart.plusDays(LIMITS[last - 1]);
            LocalDate closedOn = plan.at() == 7 || plan.terminated() ? today.minusDays(plan.days()) : null;
            String status = plan.at() == 7 ? "COMPLETED" : plan.terminated() ? "TERMINATED" : "OPEN";
            String applicant = switch (i % 3) {
                case 0 -> "SELF";
                case 1 -> "UNIT";
                default -> "ACCOUNTABILITY";
            };
            boolean decided = plan.outcome() != null;
            if (decided) {
                findings++;
            }
            boolean verified = lastDone >= 3;
            String verification = verified ? verificationOpinion(plan.excluded()) : null;
            String reasons = decided ? REASONS["EXEMPT".equals(plan.outcome()) ? 0 : "REDUCED".equals(plan.outcome()) ? 1 : 2]
                    : null;
            List<Object[]> records = new ArrayList<>();
            String lastActor = DemoAccounts.CLERK_NAME;
            LocalDateTime lastAt = done[1].atTime(9, 30);
            for (int step = 1; step <= lastDone; step++) {
                LocalDateTime at = done[step].atTime(step % 2 == 0 ? 10 : 15, 10 + step * 5);
                records.add(record(recordIds.next(), id, step, "COMPLETED", null, at, opinion(step, matter),
                        details(step, plan, applicant, matter, linked, done[step], verification, reasons, i)));
                lastActor = actorName(step);
                lastAt = at;
            }
            if (plan.sentBack()) {
                LocalDateTime first = backOn.minusDays(4).atTime(15, 10);
                records.add(record(recordIds.next(), id, 3, "COMPLETED", null, first, null,
                        verificationDetails(0, verificationOpinion(0))));
                lastAt = backOn.atTime(16, 0);
                records.add(record(recordIds.next(), id, 4, "SENT_BACK", 3, lastAt,
                        "核实材料中缺少项目主管部门的书面意见，退回补充核实。",
                        "[" + detail("workflow.field.target", "核实", false) + "]"));
                lastActor = DemoAccounts.DISCIPLINE_NAME;
                stepStart = backOn;
                stepDue = backOn.plusDays(LIMITS[2]);
            }
            if (plan.terminated()) {
                LocalDateTime at = today.minusDays(plan.days()).atTime(11, 0);
                records.add(record(recordIds.next(), id, plan.at(), "TERMINATED", null, at,
                        plan.at() == 2 ? "经审查，申请事项不属于容错纠错受理范围，不予受理，终止办理。"
                                : "申请人主动撤回申请，终止办理。", null));
                lastActor = actorName(plan.at());
                lastAt = at;
            }
            Object[] row = {id, null, applicant, matter.matter(), matter.account(), matter.category(), linked,
                cadre.id(), cadre.name(), cadre.unitId(), cadre.post(), last, STEP_IDS[last - 1], status,
                Date.valueOf(stepStart), Date.valueOf(stepDue), date(closedOn), Date.valueOf(applied), lastActor,
                Timestamp.valueOf(lastAt), date(done[2]), date(verified ? done[3] : null),
                verified && plan.excluded() == 1, verified && plan.excluded() == 2, verified && plan.excluded() == 3,
                verification, plan.outcome(), reasons, date(decided ? done[4] : null),
                date(lastDone >= 5 ? done[5] : null), lastDone >= 5 ? feedback(plan.outcome()) : null,
                date(lastDone >= 6 ? done[6] : null), lastDone >= 6 ? archiveNo(done[6], i) : null};
            List<long[]> items = new ArrayList<>();
            for (long e : matter.exemptions()) {
                items.add(new long[] {id, e});
            }
            built.add(new Built(applied, row, records, items));
        }
        // Numbers rise with the application dates, as a clerk registering them in turn would have them.
        built.sort(Comparator.comparing(Built::appliedOn));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        List<Object[]> exemptions = new ArrayList<>();
        Map<Integer, Integer> numbers = new HashMap<>();
        for (Built b : built) {
            int number = numbers.merge(b.appliedOn().getYear(), 1, Integer::sum);
            b.row()[1] = "容〔" + b.appliedOn().getYear() + "〕" + String.format("%03d", number);
            rows.add(b.row());
            records.addAll(b.records());
            b.exemptions().forEach(e -> exemptions.add(new Object[] {e[0], e[1]}));
        }
        jdbc.batchUpdate("""
                insert into tolerance_applications (id, version, application_no, applicant_type, matter, description,
                    category_id, linked_case_no, cadre_id, cadre_name, unit_id, post_title, procedure_id,
                    current_ordinal, current_step_id, status, step_started_on, step_due_on, closed_on, applied_on,
                    last_actor, last_acted_at, accepted_on, verified_on, law_breaking, private_gain, major_incident,
                    verification_opinion, outcome, finding_reasons, decided_on, feedback_on, feedback_note, filed_on,
                    archive_no)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 4, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?)""", rows);
        jdbc.batchUpdate("insert into tolerance_application_exemptions (application_id, exemption_id) values (?, ?)",
                exemptions);
        jdbc.batchUpdate("""
                insert into step_records (id, case_type, case_id, step_id, ordinal, outcome, target_ordinal,
                    actor_username, actor_name, acted_at, opinion, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
        return new Result(built.size(), findings, 0, 0);
    }

    private int duration(int step) {
        return switch (step) {
            case 2 -> 2 + rnd.nextInt(5);
            case 3 -> 8 + rnd.nextInt(20);
            case 4 -> 3 + rnd.nextInt(10);
            case 5 -> 2 + rnd.nextInt(5);
            default -> 2 + rnd.nextInt(6);
        };
    }

    private static String actor(int step) {
        return step >= 2 && step <= 4 ? DemoAccounts.DISCIPLINE : DemoAccounts.CLERK;
    }

    private static String actorName(int step) {
        return step >= 2 && step <= 4 ? DemoAccounts.DISCIPLINE_NAME : DemoAccounts.CLERK_NAME;
    }

    private static Object[] record(long id, long caseId, int step, String outcome, Integer target, LocalDateTime at,
                                   String opinion, String details) {
        return new Object[] {id, CASE_TYPE, caseId, STEP_IDS[step - 1], step, outcome, target, actor(step),
            actorName(step), Timestamp.valueOf(at), opinion, details};
    }

    private static String opinion(int step, Matter matter) {
        return switch (step) {
            case 1 -> matter.account();
            case 2 -> "申请材料齐全，属于容错纠错受理范围，予以受理。";
            default -> null;
        };
    }

    /** The details each step records, as the service writes them (StepDetail as JSON). */
    private String details(int step, Plan plan, String applicant, Matter matter, String linked, LocalDate on,
                           String verification, String reasons, int n) {
        List<String> d = new ArrayList<>();
        switch (step) {
            case 1 -> {
                d.add(detail("tolerance.field.applicantType", "tolerance.applicant." + applicant, true));
                d.add(detail("tolerance.field.category", categoryNames.get(matter.category()), false));
                d.add(detail("tolerance.field.exemptions", java.util.Arrays.stream(matter.exemptions())
                        .mapToObj(exemptionNames::get).collect(Collectors.joining("；")), false));
                if (linked != null) {
                    d.add(detail("tolerance.field.linkedCaseNo", linked, false));
                }
            }
            case 2 -> d.add(detail("tolerance.field.acceptedOn", on.toString(), false));
            case 3 -> {
                return verificationDetails(plan.excluded(), verification);
            }
            case 4 -> {
                d.add(detail("tolerance.field.outcome", "tolerance.outcome." + plan.outcome(), true));
                d.add(detail("tolerance.field.findingReasons", reasons, false));
            }
            case 5 -> {
                d.add(detail("tolerance.field.feedbackOn", on.toString(), false));
                d.add(detail("tolerance.field.feedbackNote", feedback(plan.outcome()), false));
            }
            default -> d.add(detail("tolerance.field.archiveNo", archiveNo(on, n), false));
        }
        return "[" + String.join(",", d) + "]";
    }

    private static String verificationDetails(int excluded, String opinion) {
        String[] keys = {"LAW_BREAKING", "PRIVATE_GAIN", "MAJOR_INCIDENT"};
        List<String> d = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) {
            d.add(detail("tolerance.exclusion." + keys[k],
                    excluded == k + 1 ? "tolerance.exclusion.found" : "tolerance.exclusion.notFound", true));
        }
        d.add(detail("tolerance.field.verificationOpinion", opinion, false));
        return "[" + String.join(",", d) + "]";
    }

    private static String detail(String key, String value, boolean translate) {
        return "{\"labelKey\":\"" + key + "\",\"value\":\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",\"translate\":" + translate + "}";
    }

    private static String verificationOpinion(int excluded) {
        return switch (excluded) {
            case 1 -> "经会同审计、财政部门核实，该同志在项目实施中存在违反财经纪律的行为，属于排除情形。";
            case 2 -> "经核实，该同志在相关事项中为亲属经营的企业谋取利益，属于排除情形。";
            case 3 -> "经核实，相关失误引发较大规模群体性事件，造成恶劣社会影响，属于排除情形。";
            default -> "经会同有关部门调阅资料、个别谈话核实，该同志决策程序基本规范，出于公心，未谋取私利，未发现排除情形。";
        };
    }

    private static String feedback(String outcome) {
        return "REFUSED".equals(outcome) ? "已书面告知本人及所在单位不予容错的认定结果及理由。"
                : "已书面反馈本人及所在单位，并在一定范围内说明情况，消除不良影响。";
    }

    private static String archiveNo(LocalDate on, int n) {
        return "容档〔" + on.getYear() + "〕" + (10 + n) + "号";
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    // --- 回访教育 -----------------------------------------------------------------------------------

    /** @return the records and the visits inserted */
    private int[] disciplines(List<Cadre> cadres, List<Cadre> county) {
        SequenceIds ids = new SequenceIds(jdbc, "discipline_records_seq");
        SequenceIds visitIds = new SequenceIds(jdbc, "education_visits_seq");
        String[] types = {"PARTY", "GOVERNMENT", "ORGANISATIONAL", "ADMONITION"};
        int[] impactMonths = {18, 12, 12, 6};
        List<Object[]> records = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        int overdueLeft = 9;
        for (int i = 0; i < 30; i++) {
            Cadre cadre = i % 6 == 1 && !county.isEmpty() ? county.get((i * 5 + 2) % county.size())
                    : cadres.get(1 + (i * 23 + 5) % (cadres.size() - 2));
            int t = i % types.length;
            LocalDate decided = today.minusDays(20 + (long) i * 21 + rnd.nextInt(10));
            LocalDate impact = decided.plusMonths(impactMonths[t]).minusDays(1);
            long id = ids.next();
            String recorder = i % 2 == 0 ? DemoAccounts.CLERK_NAME : DemoAccounts.DISCIPLINE_NAME;
            LocalDateTime lastAt = decided.plusDays(3).atTime(10, 0);
            String lastActor = recorder;
            // A visit a month in, then every three months up to the end of the impact period.
            for (LocalDate planned = decided.plusMonths(1); !planned.isAfter(impact.plusDays(1));
                 planned = planned.plusMonths(3)) {
                String visitors = VISITORS[(i + visits.size()) % VISITORS.length];
                boolean past = planned.isBefore(today);
                boolean missed = past && overdueLeft > 0 && (i + visits.size()) % 4 == 0;
                LocalDate visited = past && !missed ? min(planned.plusDays(rnd.nextInt(4)), today.minusDays(1)) : null;
                int a = visited == null ? -1 : rnd.nextInt(10) < 7 ? 0 : rnd.nextInt(3) < 2 ? 1 : 2;
                if (missed) {
                    overdueLeft--;
                }
                visits.add(new Object[] {visitIds.next(), id, Date.valueOf(planned), visitors, date(visited),
                    a < 0 ? null : new String[] {"GOOD", "FAIR", "POOR"}[a], a < 0 ? null : VISIT_NOTES[a],
                    visited == null ? null : recorder});
                if (visited != null && visited.atTime(17, 0).isAfter(lastAt)) {
                    lastAt = visited.atTime(17, 0);
                }
            }
            records.add(new Object[] {id, cadre.id(), cadre.name(), cadre.unitId(), cadre.post(), types[t],
                Date.valueOf(decided), Date.valueOf(impact), DISCIPLINE_NOTES[i % DISCIPLINE_NOTES.length], recorder,
                lastActor, Timestamp.valueOf(lastAt)});
        }
        jdbc.batchUpdate("""
                insert into discipline_records (id, version, cadre_id, cadre_name, unit_id, post_title,
                    discipline_type, decided_on, impact_until, note, recorded_by, last_actor, last_acted_at)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
        jdbc.batchUpdate("""
                insert into education_visits (id, record_id, planned_on, visitors, visited_on, assessment, notes,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""", visits);
        return new int[] {records.size(), visits.size()};
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One creation revision ("system") for everything above, so each record's history starts there. */
    private void audit() {
        long rev = new SequenceIds(jdbc, "revinfo_seq").next();
        jdbc.update("insert into revinfo (id, rev_timestamp, username) values (?, ?, ?)", rev,
                java.sql.Timestamp.valueOf(today.atStartOfDay()).getTime(), DemoDataLoader.SYSTEM_USER);
        jdbc.update("""
                insert into tolerance_applications_aud (id, rev, revtype, application_no, applicant_type, matter,
                    description, category_id, linked_case_no, cadre_id, cadre_name, unit_id, post_title, procedure_id,
                    current_ordinal, current_step_id, status, step_started_on, step_due_on, closed_on, applied_on,
                    last_actor, last_acted_at, accepted_on, verified_on, law_breaking, private_gain, major_incident,
                    verification_opinion, outcome, finding_reasons, decided_on, feedback_on, feedback_note, filed_on,
                    archive_no)
                select id, ?, 0, application_no, applicant_type, matter, description, category_id, linked_case_no,
                    cadre_id, cadre_name, unit_id, post_title, procedure_id, current_ordinal, current_step_id, status,
                    step_started_on, step_due_on, closed_on, applied_on, last_actor, last_acted_at, accepted_on,
                    verified_on, law_breaking, private_gain, major_incident, verification_opinion, outcome,
                    finding_reasons, decided_on, feedback_on, feedback_note, filed_on, archive_no
                from tolerance_applications""", rev);
        jdbc.update("""
                insert into tolerance_application_exemptions_aud (rev, application_id, exemption_id, revtype)
                select ?, application_id, exemption_id, 0 from tolerance_application_exemptions""", rev);
        jdbc.update("""
                insert into discipline_records_aud (id, rev, revtype, cadre_id, cadre_name, unit_id, post_title,
                    discipline_type, decided_on, impact_until, note, recorded_by, last_actor, last_acted_at)
                select id, ?, 0, cadre_id, cadre_name, unit_id, post_title, discipline_type, decided_on, impact_until,
                    note, recorded_by, last_actor, last_acted_at from discipline_records""", rev);
        jdbc.update("""
                insert into education_visits_aud (id, rev, revtype, record_id, planned_on, visitors, visited_on,
                    assessment, notes, recorded_by)
                select id, ?, 0, record_id, planned_on, visitors, visited_on, assessment, notes, recorded_by
                from education_visits""", rev);
    }
}
