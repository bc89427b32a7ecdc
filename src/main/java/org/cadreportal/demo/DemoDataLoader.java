package org.cadreportal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.PortalClock;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.notification.OutboxDelivery;
import org.cadreportal.security.SignedInAs;
import org.cadreportal.supervision.InterviewForm;
import org.cadreportal.supervision.NightlySweep;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.inspection.ReservePoolService;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserAdminService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo city at startup into an empty database. Everything happens in one transaction, so a
 * failure leaves no half-built city behind and the next start simply tries again.
 */
@Component
@ConditionalOnProperty(name = "portal.demo-data", havingValue = "true")
@RequiredArgsConstructor
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Fixed, so every run (and every test database) gets the same people with the same names. */
    static final long SEED = 20_250_101L;

    /** The name revisions of demo units and users are stamped with. */
    static final String SYSTEM_USER = "system";
    private static final Authentication SYSTEM = UsernamePasswordAuthenticationToken.authenticated(SYSTEM_USER, null,
            AuthorityUtils.createAuthorityList(Role.ADMIN.authority(), Role.CLERK.authority()));

    private final OrgService org;
    private final UserAdminService users;
    private final AdjustmentService adjustments;
    private final CadreService cadreService;
    private final UserDetailsService accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PortalClock clock;
    private final ReservePoolService pool;
    private final EntityManager entities;
    private final PlanService plans;
    private final AssessmentService assessment;
    private final AppealService appeals;
    private final ApplicationEventPublisher events;
    private final AwardProposalService awardProposals;
    private final NightlySweep sweep;
    private final OutboxDelivery outbox;
    private final SupervisionService supervisionService;

    @Override
    public void run(ApplicationArguments args) {
        // The services are secured per method; a startup task has no signed-in user, so it acts as the system.
        SignedInAs.call(SYSTEM, () -> {
            long started = System.nanoTime();
            Summary summary = transaction.execute(this::load);
            if (summary != null) {
                log.info("Demo data loaded: {} units, {} posts, {} cadres, {} career records, {} users,"
                                + " {} adjustment cases, {} supervision items, {} filing periods, {} achievement entries,"
                                + " {} frontline inspections ({} person-times) in {} ms", summary.units(), summary.posts(),
                        summary.cadres(), summary.careerRecords(), summary.users(), summary.cases(), summary.items(),
                        summary.archive().periods(), summary.archive().entries(), summary.archive().inspections(),
                        summary.archive().personTimes(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                decideAwardProposals();
            }
            return null;
        });
    }

    private Summary load(TransactionStatus status) {
        if (!org.children(null, true).isEmpty()) {
            return null;
        }
        // Separate generators, so changing the cadres never reshuffles the township names.
        long[] lap = {System.nanoTime()};
        DemoCity.Tree tree = new DemoCity(org).build(new Random(SEED));
        // The cadre rows below reference units by foreign key, but JPA writes them only on flush.
        status.flush();
        DemoCadres.Result cadres = new DemoCadres(jdbc, new Random(SEED + 1), tree).insert();
        new DemoHistory(jdbc, clock).recordCreation();
        int userCount = new DemoUsers(users).create(tree);
        lap("city, cadres and users", lap);
        // Cases act as the demo users, so they come after them; they also change some cadres' posts, so
        // they come after the cadres' creation revision.
        DemoCases demoCases = new DemoCases(adjustments, cadreService, accounts, jdbc, clock);
        Runnable settle = () -> {
            entities.flush();
            entities.clear();
        };
        int cases = demoCases.create(settle);
        lap("能上能下 cases", lap);
        int items = supervisionYear(settle);
        log.info("Demo items with project facts: {}", new DemoProjectFacts(jdbc, LocalDate.now(clock)).insert());
        lap("supervision", lap);
        DemoArchive.Result archive = new DemoArchive(jdbc, new Random(SEED + 3), LocalDate.now(clock)).insert();
        lap("archive and inspections", lap);
        // The frontline recommendations fill the reserve pool; 2025's promotions are cases opened from it.
        long poolStarted = System.nanoTime();
        int admitted = pool.admitRecorded();
        long admittedAt = System.nanoTime();
        int promoted = demoCases.promoteFromPool(pool, DemoInspections.PROMOTED_BY_CASES_2025, settle);
        log.info("Demo reserve pool: {} recommendations admitted in {} ms, {} promoted through 上 cases in {} ms",
                admitted, TimeUnit.NANOSECONDS.toMillis(admittedAt - poolStarted), promoted,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - admittedAt));
        lap("reserve pool", lap);
        new DemoTolerance(jdbc, new Random(SEED + 4), LocalDate.now(clock)).insert();
        new DemoHistory(jdbc, clock).recordArchiveCreation();
        lap("tolerance and archive history", lap);
        DemoAccusations.Result accusations = new DemoAccusations(jdbc, new Random(SEED + 5), LocalDate.now(clock))
                .insert();
        log.info("Demo false-accusation cases: {} cases, {} person-times clarified", accusations.cases(),
                accusations.clarifications());
        new DemoAwards(jdbc, new Random(SEED + 6), clock).insert();
        log.info("Demo 2025 poor and 优秀 annual grades announced for 能上能下 and 记功 proposals: {}",
                announceGrades(2025));
        lap("accusations, awards and grades", lap);
        // The assessment comes last: its supervision deductions and award bonuses count the records above.
        long assessmentStarted = System.nanoTime();
        asUser(DemoAccounts.ASSESSMENT, () -> {
            long planId = new DemoAssessment(plans, assessment, new Random(SEED + 7)).create(tree);
            // 公示 and two appeals (one accepted, one rejected), then the final result.
            log.info("Demo assessment appeal accepted for {}", new DemoAppeals(plans, assessment, appeals,
                    entities::flush).run(planId));
        });
        log.info("Demo assessment plan {}: {} indicators, imported and scored in {} ms", DemoAssessment.YEAR,
                DemoAssessment.INDICATORS, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - assessmentStarted));
        lap("assessment", lap);
        // Records were written and renumbered by hand above: each year's counter starts again from the numbers
        // the records now carry.
        jdbc.update("delete from yearly_numbers");
        return new Summary(tree.units(), tree.posts(), cadres.cadres(), cadres.careerRecords(), userCount, cases,
                items, archive);
    }

    /** Logs the time since the last lap, and starts the next. */
    private static void lap(String step, long[] lap) {
        long now = System.nanoTime();
        log.info("Demo step {}: {} ms", step, TimeUnit.NANOSECONDS.toMillis(now - lap[0]));
        lap[0] = now;
    }

    /**
     * The supervision items' plans and reports, played night by night through 2025 to today by the real nightly
     * sweep and outbox (DemoYear).
     */
    private int supervisionYear(Runnable settle) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        DemoSupervision supervision = new DemoSupervision(jdbc, new Random(SEED + 2), today);
        DemoSupervision.Plan plan = supervision.insert();
        new DemoMobiles(jdbc).assign();
        long planned = System.nanoTime();
        DemoYear.Result year = new DemoYear(jdbc, clock, sweep, outbox, settle, this::holdInterview).play(plan, today);
        log.info("Demo supervision: {} items planned in {} ms; {} nights swept in {} ms (sweeps {} ms, SMS delivery"
                        + " {} ms, reports and other events {} ms): {} items turned red, {} SMS delivered",
                DemoSupervision.ITEMS,
                TimeUnit.NANOSECONDS.toMillis(planned - started), year.nights(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - planned), year.sweepMs(), year.deliveryMs(),
                year.eventsMs(), year.turnedRed(), year.delivered());
        return DemoSupervision.ITEMS;
    }

    /** The office records the interview of an item's open 约谈 on the day (with the clock pinned to it). */
    private void holdInterview(long itemId, LocalDate day) {
        java.util.Map<String, Object> e = jdbc.queryForMap("select id, version from escalations where item_id = ?"
                + " and rung = 'INTERVIEW' and interview_date is null", itemId);
        asUser(DemoAccounts.SUPERVISION, () -> supervisionService.recordInterview(itemId,
                ((Number) e.get("id")).longValue(), ((Number) e.get("version")).intValue(),
                new InterviewForm(day, DemoAccounts.SUPERVISION_NAME, "约谈责任人，分析滞后原因，明确整改时限。")));
    }

    /**
     * The demo's grades are batch-inserted, bypassing the profile service that announces a recorded grade;
     * so the year's 基本称职 / 不称职 and 优秀 grades are announced here, and 能上能下 and 记功奖励 raise their
     * proposals from them (after this transaction commits) exactly as for a grade a clerk saves.
     */
    private int announceGrades(int year) {
        java.util.List<AnnualGradesRecorded> grades = jdbc.query("select cadre_id, grade from cadre_annual_grades"
                        + " where grade_year = ? and grade in (?, ?, ?) order by cadre_id",
                (rs, n) -> new AnnualGradesRecorded(rs.getLong(1), year, AnnualGrade.valueOf(rs.getString(2))),
                year, AnnualGrade.BASICALLY_COMPETENT.name(), AnnualGrade.INCOMPETENT.name(),
                AnnualGrade.EXCELLENT.name());
        grades.forEach(events::publishEvent);
        return grades.size();
    }

    /** Two of the 记功 proposals raised (after the commit) by the 2025 优秀 grades: one dismissed, one awarded. */
    private void decideAwardProposals() {
        DemoAwardProposals demo = new DemoAwardProposals(awardProposals, jdbc, clock);
        try {
            if (!demo.awaitRaised()) {
                log.warn("Demo 记功 proposals: the 2025 grade events were not handled in time; none decided");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int[] decided = new int[1];
        asUser(DemoAccounts.CLERK, () -> decided[0] = demo.decide());
        log.info("Demo 记功 proposals from 2025 优秀 grades: {} decided (one dismissed, one awarded)", decided[0]);
    }

    /** Runs a step as a demo user, so services see the office's own account (its name, scope and role). */
    private void asUser(String username, Runnable work) {
        SignedInAs.run(accounts.loadUserByUsername(username), work);
    }

    private record Summary(int units, int posts, int cadres, int careerRecords, int users, int cases, int items,
                           DemoArchive.Result archive) {
    }
}
