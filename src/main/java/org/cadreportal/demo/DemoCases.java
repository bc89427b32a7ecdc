package org.cadreportal.demo;

import static org.cadreportal.adjustment.CaseSource.ANNUAL_ASSESSMENT;
import static org.cadreportal.adjustment.CaseSource.FRONTLINE;
import static org.cadreportal.adjustment.CaseSource.OTHER;
import static org.cadreportal.adjustment.CaseSource.REPORT;
import static org.cadreportal.adjustment.CaseSource.SUPERVISION;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ProbationResult;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.adjustment.VisitForm;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.inspection.PoolFilter;
import org.cadreportal.inspection.PoolRow;
import org.cadreportal.inspection.PoolStatus;
import org.cadreportal.inspection.Recommendation;
import org.cadreportal.inspection.ReservePoolService;
import org.cadreportal.security.Role;
import org.cadreportal.security.SignedInAs;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.Vote;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Opens the demo 能上能下 cases and walks them through the real adjustment service, each move made by
 * the demo user whose role the step names, so step records, rules and the post changes applied to
 * cadres are exactly what a user would produce. The service stamps every move with today; afterwards
 * each case is moved back in time by its {@link Plan#daysAgo()}, which spreads the cases over the past
 * months and makes the few whose step has outlived its time limit overdue.
 */
final class DemoCases {

    /** How a case ends up; {@code at} in {@link Plan} is the ordinal it stops on where that matters. */
    enum Ending { OPEN, COMPLETED, REJECTED, TERMINATED, IMPROVED }

    /**
     * One demo case. For a "down" case {@code situations} are prefixes of situation names and
     * {@code method} the name of the adjustment method proposed. {@code partly}: the open step is under
     * way (votes still coming in, a visit made). {@code sentBack}: sent back once on the way.
     */
    record Plan(Direction direction, CaseSource source, String summary, List<String> situations, String method,
                Ending ending, int at, int daysAgo, boolean partly, boolean sentBack) {

        static Plan down(CaseSource source, String summary, List<String> situations, String method) {
            return new Plan(Direction.DOWN, source, summary, situations, method, Ending.OPEN, 0, 0, false, false);
        }

        static Plan up(CaseSource source, String summary) {
            return new Plan(Direction.UP, source, summary, List.of(), null, Ending.OPEN, 0, 0, false, false);
        }

        Plan open(int ordinal, int days) {
            return ends(Ending.OPEN, ordinal, days);
        }

        Plan completed(int days) {
            return ends(Ending.COMPLETED, 0, days);
        }

        Plan rejected(int days) {
            return ends(Ending.REJECTED, 0, days);
        }

        Plan terminated(int ordinal, int days) {
            return ends(Ending.TERMINATED, ordinal, days);
        }

        Plan improved(int ordinal, int days) {
            return ends(Ending.IMPROVED, ordinal, days);
        }

        Plan underWay() {
            return new Plan(direction, source, summary, situations, method, ending, at, daysAgo, true, sentBack);
        }

        Plan sentBackOnce() {
            return new Plan(direction, source, summary, situations, method, ending, at, daysAgo, partly, true);
        }

        private Plan ends(Ending how, int ordinal, int days) {
            return new Plan(direction, source, summary, situations, method, how, ordinal, days, partly, sentBack);
        }
    }

    /**
     * The mix: 15 "down" and 6 "up" cases. Open ones cover every step from 2 to 11 (down: one each;
     * up: 2, 4, 5, 7, 11); five of them are overdue (down at 2, 4, 7 and 9, up at 4: their
     * {@code daysAgo} exceeds the step's limit), the others are within it. Closed: three completed
     * (two down, one up), one rejected by the vote, one terminated, one closed as improved after the
     * warning. The case open at 6 was sent back from 6 to 4 once.
     */
    static final List<Plan> MIX = List.of(
            Plan.down(ANNUAL_ASSESSMENT, "2025年度考核确定为“基本称职”等次，所在单位工作实绩排名靠后",
                    List.of("年度考核"), "调离岗位").open(2, 16),
            Plan.down(SUPERVISION, "督查发现：重点项目推进迟缓，三次督办仍未整改到位",
                    List.of("担当作为"), "改任职级").open(3, 3),
            Plan.down(REPORT, "群众来信反映：工作作风漂浮，长期不深入基层，群众办事难",
                    List.of("工作作风"), "调离岗位").open(4, 27),
            Plan.down(FRONTLINE, "一线考察发现：防汛救灾中组织协调不力，应对处置失当",
                    List.of("担当作为", "能力素质"), "免职").open(5, 4),
            Plan.down(ANNUAL_ASSESSMENT, "2025年度考核群众满意度测评较低，班子运行不够顺畅",
                    List.of("年度考核", "能力素质"), "改任职级").open(6, 5).sentBackOnce(),
            Plan.down(SUPERVISION, "督查发现：安全生产隐患排查流于形式，整改台账弄虚作假",
                    List.of("政绩观", "工作作风"), "降职").open(7, 13),
            Plan.down(REPORT, "信访举报反映：不执行民主集中制，个人说了算",
                    List.of("执行组织纪律"), "免职").open(8, 6).underWay(),
            Plan.down(ANNUAL_ASSESSMENT, "2025年度考核确定为“基本称职”等次，分管工作多项指标落后",
                    List.of("年度考核"), "调离岗位").open(9, 8),
            Plan.down(SUPERVISION, "督查发现：矛盾纠纷化解中回避问题、推诿扯皮",
                    List.of("斗争精神"), "改任职级").open(10, 2),
            Plan.down(FRONTLINE, "一线考察发现：招商引资项目落地中不作为、慢作为",
                    List.of("担当作为"), "调离岗位").open(11, 45).underWay(),
            Plan.down(ANNUAL_ASSESSMENT, "连续两年年度考核为“基本称职”等次",
                    List.of("年度考核", "能力素质"), "改任职级").completed(150),
            Plan.down(SUPERVISION, "督查发现：违规决策造成较大经济损失",
                    List.of("政绩观", "执行组织纪律"), "降职").completed(95),
            Plan.down(SUPERVISION, "督查发现：民生实事项目推进不力，群众意见较大",
                    List.of("担当作为"), "免职").rejected(70),
            Plan.down(REPORT, "群众来信反映：工作日饮酒，影响工作",
                    List.of("道德品行"), "免职").terminated(4, 50),
            Plan.down(ANNUAL_ASSESSMENT, "2025年度考核群众满意度测评排名末位",
                    List.of("年度考核"), "调离岗位").improved(5, 110),
            Plan.up(FRONTLINE, "一线考察识别：在项目建设一线表现突出").open(2, 5),
            Plan.up(OTHER, "年度考核连续三年被确定为“优秀”等次，拟提拔使用").open(4, 24),
            Plan.up(FRONTLINE, "一线考察识别：在乡村振兴工作中实绩突出，群众公认").open(5, 7),
            Plan.up(FRONTLINE, "一线考察识别：在招商引资工作中成效显著").open(7, 1),
            Plan.up(FRONTLINE, "一线考察识别：在疫后经济恢复中勇于担当、成效明显").open(11, 60),
            Plan.up(OTHER, "单位党组推荐：政治素质好，专业能力强，群众基础好").completed(200));

    /** Every 30th active cadre in id order, from index 15: clear of the first and last, which tests edit. */
    private static final int FIRST_PICK = 15;
    private static final int PICK_EVERY = 30;

    private static final int SEND_BACK_FROM = 6;
    private static final int SEND_BACK_TO = 4;
    private static final String CASE_TYPE = "ADJUSTMENT";

    private static final List<String> MEMBERS = List.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_2,
            DemoAccounts.COMMITTEE_3, DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_5);

    /** Who attends 讨论决定 and how they vote, in order; members present beyond the votes have not voted yet. */
    private record Meeting(List<String> attended, List<Vote> votes) {
    }

    private static final Meeting PASSING = new Meeting(MEMBERS,
            List.of(Vote.AGREE, Vote.AGREE, Vote.AGREE, Vote.AGREE, Vote.ABSTAIN));
    /** Four of five present and split 2:2, so fewer than half of all five agree. */
    private static final Meeting SPLIT = new Meeting(MEMBERS.subList(0, 4),
            List.of(Vote.AGREE, Vote.AGREE, Vote.DISAGREE, Vote.DISAGREE));
    private static final Meeting UNDER_WAY = new Meeting(MEMBERS, List.of(Vote.AGREE, Vote.AGREE));

    /** Opinions of the steps the seed marks as needing one, by step code. */
    private static final Map<String, String> OPINIONS = Map.of(
            "ANALYSE", "经分析研判，该同志存在所列情形，建议启动调整程序。",
            "VERIFY", "经调查核实，反映的问题基本属实，有相关材料佐证。",
            "PROPOSE", "综合调查核实情况和本人意见，建议按所拟方式进行调整。",
            "RECOMMEND", "经民主推荐，该同志得票较为集中，推荐排名第一。",
            "SHORTLIST", "经部务会研究，确定该同志为考察对象。",
            "INSPECT", "考察组经个别谈话、查阅资料，认为该同志政治素质好、工作实绩突出、群众公认度高。",
            "DELIBERATE", "已与分管市领导及有关方面沟通酝酿，意见一致。",
            "PUBLICISE", "任前公示五个工作日，公示期间未收到反映。");

    private final AdjustmentService adjustments;
    private final CadreService cadres;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Map<String, UserDetails> signedIn = new HashMap<>();
    private List<ReferenceRow> situations;
    private List<ReferenceRow> methods;
    private int documentNo = 15;

    DemoCases(AdjustmentService adjustments, CadreService cadres, UserDetailsService accounts, JdbcTemplate jdbc,
              Clock clock) {
        this.adjustments = adjustments;
        this.cadres = cadres;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.today = LocalDate.now(clock);
    }

    int create(Runnable settle) {
        situations = as(DemoAccounts.CLERK, () -> adjustments.situations(true));
        methods = as(DemoAccounts.CLERK, () -> adjustments.methods(true));
        // Oldest first, so case numbers rise with the opening dates.
        List<Plan> byAge = MIX.stream().sorted(Comparator.comparingInt(Plan::daysAgo).reversed()).toList();
        List<CadreRow> picked = pickCadres(byAge.size());
        for (int i = 0; i < picked.size(); i++) {
            Plan plan = byAge.get(i);
            CaseDetails c = run(plan, picked.get(i), today.minusDays(plan.daysAgo()));
            backDate(c, plan.daysAgo());
            settle.run();
        }
        return picked.size();
    }

    /**
     * 2025's 一线提拔使用 as the article counts it (40 余名): {@code wanted} cadres identified at a 2025 frontline
     * inspection (those recommended for promotion first, then for priority use), taken from the reserve pool by
     * the clerk's one click (a 上 case with source 一线识别 referencing the recommendation) and walked through
     * every step to completion, decided a month after the recommendation and within 2025, under a 2025 case
     * number. Only entries whose latest recommendation is that 2025 one are taken, so the case cites what
     * led to it; cadres with a case of their own and the demo cadre user are left in the pool. {@code settle}
     * flushes and clears the persistence context. Returns the cases opened.
     */
    int promoteFromPool(ReservePoolService pool, int wanted, Runnable settle) {
        Set<Long> busy = Set.copyOf(jdbc.queryForList("select distinct cadre_id from adjustment_cases", Long.class));
        List<PoolRow> open = new ArrayList<>();
        List<PoolRow> page;
        int number = 0;
        do {
            PageRequest request = PageRequest.of(number++, 500, Sort.by("id"));
            page = as(DemoAccounts.CLERK, () -> pool.page(new PoolFilter(null, null, PoolStatus.OPEN), request));
            open.addAll(page);
        } while (page.size() == 500);
        settle.run();
        LocalDate lastRecommended = LocalDate.of(2025, 11, 28);
        List<PoolRow> chosen = open.stream().filter(r -> !busy.contains(r.cadreId())
                        && !r.cadreName().equals(DemoAccounts.CADRE_NAME) && r.latest() != null
                        && r.latest().inspectedOn().getYear() == 2025 && !r.latest().inspectedOn().isAfter(lastRecommended))
                .sorted(Comparator.comparing((PoolRow r) -> r.latest().recommendation() != Recommendation.PROMOTE)
                        .thenComparingLong(PoolRow::id))
                .limit(wanted).toList();
        for (PoolRow row : chosen) {
            LocalDate on = row.latest().inspectedOn().plusDays(30);
            int daysAgo = (int) java.time.temporal.ChronoUnit.DAYS.between(on, today);
            PoolRow opened = as(DemoAccounts.CLERK, () -> pool.openCase(row.id(), row.version(), null));
            CaseDetails c = as(DemoAccounts.CLERK, () -> adjustments.get(opened.caseId()));
            Plan plan = Plan.up(FRONTLINE, c.header().summary()).completed(daysAgo);
            c = advanceTo(c, plan, on, Integer.MAX_VALUE);
            check(plan, c);
            backDate(c, daysAgo);
            numberInYear(c, on.getYear());
            // The load is one transaction: a persistence context holding every case so far makes each flush
            // check them all; clearing it after each case keeps the 43 cases at about 0.1 s each.
            settle.run();
        }
        return chosen.size();
    }

    /**
     * A case opened back in an earlier year carries that year's next number (上〔2025〕012), as it would have;
     * this year's counter starts again from the numbers this year's cases still carry.
     */
    private void numberInYear(CaseDetails c, int year) {
        String was = c.header().caseNo();
        String prefix = was.substring(0, was.indexOf('〔')) + "〔" + year + "〕";
        String number = prefix + String.format("%03d", 1 + jdbc.queryForObject(
                "select count(*) from adjustment_cases where case_no like ?", Integer.class, prefix + "%"));
        jdbc.update("delete from yearly_numbers where prefix = ?", was.substring(0, was.indexOf('〕') + 1));
        jdbc.update("update adjustment_cases set case_no = ? where id = ?", number, c.id());
        jdbc.update("update adjustment_cases_aud set case_no = ? where id = ?", number, c.id());
        jdbc.update("update reserve_pool set case_no = ? where case_id = ?", number, c.id());
        // The career entry the appointment opened names the case.
        jdbc.update("update career_records set note = replace(note, ?, ?) where cadre_id = ?", was, number,
                c.header().cadreId());
        jdbc.update("update career_records_aud set note = replace(note, ?, ?) where cadre_id = ?", was, number,
                c.header().cadreId());
    }

    private List<CadreRow> pickCadres(int wanted) {
        List<CadreRow> active = new ArrayList<>();
        Page<CadreRow> page;
        int number = 0;
        do {
            int n = number++;
            page = as(DemoAccounts.CLERK, () -> cadres.page(CadreFilter.active(), PageRequest.of(n, 500)));
            active.addAll(page.getContent());
        } while (page.hasNext());
        List<CadreRow> picked = new ArrayList<>();
        for (int i = FIRST_PICK; i < active.size() && picked.size() < wanted; i += PICK_EVERY) {
            CadreRow row = active.get(i);
            // The cadre user's post is a documented demo fact; a case must not change it.
            boolean cadreUser = row.name().equals(DemoAccounts.CADRE_NAME);
            picked.add(cadreUser && i + 1 < active.size() ? active.get(i + 1) : row);
        }
        return picked;
    }

    /** Opens the case and moves it as the plan says; {@code on} is the date its form dates use. */
    private CaseDetails run(Plan plan, CadreRow cadre, LocalDate on) {
        CaseDetails c = as(DemoAccounts.CLERK, () -> adjustments.open(openForm(plan, cadre)));
        if (plan.sentBack()) {
            CaseDetails there = advanceTo(c, plan, on, SEND_BACK_FROM);
            c = as(DemoAccounts.CLERK, () -> adjustments.sendBack(there.id(), there.version(), SEND_BACK_TO,
                    "调查核实材料不够充分，缺少所在单位党组织意见，退回补充核实。"));
        }
        boolean stops = plan.ending() == Ending.OPEN || plan.ending() == Ending.TERMINATED
                || plan.ending() == Ending.IMPROVED;
        c = advanceTo(c, plan, on, stops ? plan.at() : Integer.MAX_VALUE);
        CaseDetails last = c;
        c = switch (plan.ending()) {
            case OPEN -> plan.partly() ? begin(c, on) : c;
            case TERMINATED -> as(actor(c.currentStep()), () -> adjustments.terminate(last.id(), last.version(),
                    "经调查核实，反映的问题缺乏事实依据，不符合调整情形，终止程序。"));
            case IMPROVED -> as(DemoAccounts.CLERK, () -> adjustments.closeImproved(last.id(), last.version(),
                    "预警后该同志认真整改，整改期内工作明显改进，经研判已达到整改要求，终止调整程序。"));
            default -> c;
        };
        check(plan, c);
        return c;
    }

    private CaseDetails advanceTo(CaseDetails c, Plan plan, LocalDate on, int ordinal) {
        while (c.isOpen() && c.standing().currentOrdinal() < ordinal) {
            c = complete(c, plan, on);
        }
        return c;
    }

    private CaseDetails complete(CaseDetails c, Plan plan, LocalDate on) {
        StepDefinition step = c.currentStep();
        return switch (step.form()) {
            case StepForms.DECISION -> {
                CaseDetails voted = meet(c, plan.ending() == Ending.REJECTED ? SPLIT : PASSING, on);
                yield as(DemoAccounts.COMMITTEE,
                        () -> adjustments.completeStep(voted.id(), voted.version(), new StepInput.Decision(),
                                StepNote.none()));
            }
            case StepForms.FOLLOW_UP -> {
                CaseDetails visited = visit(c, on);
                yield as(actor(step),
                        () -> adjustments.completeStep(visited.id(), visited.version(), input(visited, plan, on),
                                note(step)));
            }
            default -> as(actor(step), () -> adjustments.completeStep(c.id(), c.version(), input(c, plan, on),
                    note(step)));
        };
    }

    /** The open step under way: the meeting held with votes still coming in, or a first visit made. */
    private CaseDetails begin(CaseDetails c, LocalDate on) {
        return switch (c.currentStep().form()) {
            case StepForms.DECISION -> meet(c, UNDER_WAY, on);
            case StepForms.FOLLOW_UP -> visit(c, on);
            default -> c;
        };
    }

    private CaseDetails meet(CaseDetails c, Meeting meeting, LocalDate on) {
        MeetingForm form = new MeetingForm(on, Set.copyOf(MEMBERS), Set.copyOf(meeting.attended()));
        CaseDetails d = as(DemoAccounts.COMMITTEE, () -> adjustments.setUpMeeting(c.id(), c.version(), form));
        for (int i = 0; i < meeting.votes().size(); i++) {
            Vote vote = meeting.votes().get(i);
            d = as(meeting.attended().get(i), () -> adjustments.castVote(c.id(), vote));
        }
        return d;
    }

    private CaseDetails visit(CaseDetails c, LocalDate on) {
        // 跟踪回访 is the last step of a case moving a cadre down only.
        String notes = "到所在单位回访，该同志思想稳定，能够正视问题、积极整改，工作态度端正。";
        return as(actor(c.currentStep()),
                () -> adjustments.addVisit(c.id(), c.version(), new VisitForm(on, notes)));
    }

    private static StepNote note(StepDefinition step) {
        return StepNote.of(step.opinionRequired() ? OPINIONS.getOrDefault(step.code(), "同意。") : null);
    }

    private StepInput input(CaseDetails c, Plan plan, LocalDate on) {
        StepDefinition step = c.currentStep();
        boolean down = c.header().direction() == Direction.DOWN;
        String name = c.header().cadreName();
        return switch (StepInput.of(step)) {
            case StepInput.Opinion o -> down ? new StepInput.Opinion(situationIds(plan)) : o;
            case StepInput.Warning warningIn -> new StepInput.Warning(on,
                    "对" + name + "同志进行预警提示，指出存在的主要问题，要求限期整改并书面报告整改情况。", on.plusMonths(3));
            case StepInput.Statement statementIn ->
                    new StepInput.Statement("本人认可组织指出的问题，检讨了思想认识和工作方法上的不足，表示服从组织安排。");
            case StepInput.Proposal proposalIn -> {
                CadreRank rank = proposedRank(c.header().formerRank(), plan);
                yield new StepInput.Proposal(down ? method(plan).id() : null,
                        down ? downPost(plan.method(), rank) : upPost(rank), rank);
            }
            case StepInput.Consultation consultationIn ->
                    new StepInput.Consultation("经查阅信访举报和问题线索台账，未发现该同志存在影响本次调整的廉政问题。");
            case StepInput.Talk talkIn -> new StepInput.Talk(down
                    ? "与" + name + "同志谈话，宣布组织调整决定，指出问题、提出要求，本人表示服从组织决定。"
                    : "与" + name + "同志进行任职谈话，肯定成绩、指出不足，提出廉洁从政要求。");
            case StepInput.Appointment appointmentIn ->
                    new StepInput.Appointment("东组干〔" + on.getYear() + "〕" + documentNo++ + "号", on);
            case StepInput.FollowUp followUpIn -> {
                // Only a cadre moved to a rank-only post is put forward for reuse; the others stay under watch.
                boolean reuse = down && "改任职级".equals(plan.method());
                yield new StepInput.FollowUp(reuse ? "影响期内表现良好，工作实绩明显改善，建议适时重新使用。"
                        : "影响期内能够正确对待组织处理，工作较为平稳，继续跟踪观察。", reuse);
            }
            case StepInput.Probation probationIn -> new StepInput.Probation(ProbationResult.COMPETENT,
                    "试用期内适应岗位较快，工作思路清晰，干部群众评价较好，试用期满考核为称职，按期正式任职。");
            // 启动动议 is recorded on opening; 讨论决定 goes through meet(...).
            case StepInput.Initiation i -> i;
            case StepInput.Decision d -> d;
        };
    }

    private OpenCaseForm openForm(Plan plan, CadreRow cadre) {
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(cadre.id());
        form.setDirection(plan.direction());
        form.setSource(plan.source());
        form.setSummary(plan.summary());
        if (plan.direction() == Direction.DOWN) {
            form.setSituationIds(situationIds(plan));
        }
        return form;
    }

    private Set<Long> situationIds(Plan plan) {
        return plan.situations().stream()
                .map(key -> situations.stream().filter(s -> s.nameZh().startsWith(key)).findFirst()
                        .orElse(situations.get(0)))
                .map(ReferenceRow::id).collect(Collectors.toSet());
    }

    private ReferenceRow method(Plan plan) {
        return methods.stream().filter(m -> m.nameZh().equals(plan.method())).findFirst().orElse(methods.get(0));
    }

    /** 降职 lowers the rank by one, promotion raises it by one, other methods keep it. */
    private static CadreRank proposedRank(CadreRank former, Plan plan) {
        CadreRank[] ranks = CadreRank.values();
        if (plan.direction() == Direction.UP) {
            return ranks[Math.max(former.ordinal() - 1, 0)];
        }
        return "降职".equals(plan.method()) ? ranks[Math.min(former.ordinal() + 1, ranks.length - 1)] : former;
    }

    /** A transfer goes to a post of the same rank elsewhere; the other methods leave a rank-only post. */
    private static String downPost(String method, CadreRank rank) {
        if ("调离岗位".equals(method)) {
            return switch (rank) {
                case DEPARTMENT_HEAD, DEPUTY_DEPARTMENT, COUNTY_HEAD -> "市地方志编纂中心主任";
                case DEPUTY_COUNTY -> "市档案馆副馆长";
                case SECTION_HEAD -> "县档案馆馆长";
                case DEPUTY_SECTION -> "县档案馆副馆长";
            };
        }
        return switch (rank) {
            case DEPARTMENT_HEAD, DEPUTY_DEPARTMENT -> "市政府一级巡视员";
            case COUNTY_HEAD -> "市政府办公室二级调研员";
            case DEPUTY_COUNTY -> "县政府办公室四级调研员";
            case SECTION_HEAD -> "县政府办公室二级主任科员";
            case DEPUTY_SECTION -> "县政府办公室四级主任科员";
        };
    }

    private static String upPost(CadreRank rank) {
        return switch (rank) {
            case DEPARTMENT_HEAD, DEPUTY_DEPARTMENT -> "鄂东市人民政府副市长";
            case COUNTY_HEAD -> "市交通运输局党组书记、局长";
            case DEPUTY_COUNTY -> "县经济开发区党工委副书记、管委会主任";
            case SECTION_HEAD, DEPUTY_SECTION -> "县发展和改革局局长";
        };
    }

    private static String actor(StepDefinition step) {
        return step.role() == Role.DISCIPLINE ? DemoAccounts.DISCIPLINE
                : step.role() == Role.COMMITTEE ? DemoAccounts.COMMITTEE
                : DemoAccounts.CLERK;
    }

    /** A plan the rules no longer let through should fail the load loudly, not leave odd demo data. */
    private static void check(Plan plan, CaseDetails c) {
        CaseStatus expected = switch (plan.ending()) {
            case OPEN -> CaseStatus.OPEN;
            case COMPLETED -> CaseStatus.COMPLETED;
            case REJECTED -> CaseStatus.REJECTED;
            case TERMINATED -> CaseStatus.TERMINATED;
            case IMPROVED -> CaseStatus.IMPROVED;
        };
        boolean stopsAt = plan.ending() == Ending.COMPLETED || plan.ending() == Ending.REJECTED
                || c.standing().currentOrdinal() == plan.at();
        if (c.standing().status() != expected || !stopsAt) {
            throw new IllegalStateException("Demo case " + c.header().caseNo() + " ended " + c.standing().status() + " at step "
                    + c.standing().currentOrdinal() + ", planned " + plan.ending() + " at " + plan.at());
        }
    }

    // --- back-dating -----------------------------------------------------------------------------

    /**
     * Moves the case's own dates and the times of its step records and votes back by {@code days}; the
     * dates entered in its forms were already taken from that day. Dates are computed here and passed
     * as parameters, as date arithmetic differs between H2 and MariaDB.
     */
    private void backDate(CaseDetails c, int days) {
        if (days == 0) {
            return;
        }
        jdbc.update("update adjustment_cases set opened_on = ?, step_started_on = ?, step_due_on = ?,"
                        + " closed_on = ?, last_acted_at = ? where id = ?",
                new Object[] {earlier(c.header().openedOn(), days), earlier(c.standing().stepStartedOn(), days),
                        earlier(c.standing().stepDueOn(), days), earlier(c.standing().closedOn(), days),
                        Timestamp.valueOf(c.standing().lastActedAt().minusDays(days)), c.id()},
                new int[] {Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.TIMESTAMP, Types.BIGINT});
        shiftTimes("select id, acted_at from step_records where case_type = ? and case_id = ?",
                "update step_records set acted_at = ? where id = ?", days, CASE_TYPE, c.id());
        shiftTimes("select id, voted_at from meeting_seats where case_id = ? and voted_at is not null",
                "update meeting_seats set voted_at = ? where id = ?", days, c.id());
    }

    /** {@code select} yields (id, time) rows; {@code update} sets (time, id). */
    private void shiftTimes(String select, String update, int days, Object... args) {
        List<Object[]> rows = jdbc.query(select, (rs, n) -> new Object[] {
                Timestamp.valueOf(rs.getTimestamp(2).toLocalDateTime().minusDays(days)), rs.getLong(1)}, args);
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(update, rows, new int[] {Types.TIMESTAMP, Types.BIGINT});
        }
    }

    private static Date earlier(LocalDate date, int days) {
        return date == null ? null : Date.valueOf(date.minusDays(days));
    }

    // --- acting as a demo user -----------------------------------------------------------------

    /** Runs one service call signed in as the demo user, as their own session would. */
    private <T> T as(String username, Supplier<T> work) {
        return SignedInAs.call(signedIn.computeIfAbsent(username, accounts::loadUserByUsername), work);
    }
}
