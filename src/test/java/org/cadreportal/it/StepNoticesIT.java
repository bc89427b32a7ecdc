package org.cadreportal.it;

import org.cadreportal.workflow.StepNote;
import org.cadreportal.tolerance.ToleranceInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.CaseFixture;
import org.cadreportal.testing.LiveTest;
import org.cadreportal.testing.MovableClock;
import org.cadreportal.testing.ToleranceFixture;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 22 item 7 on MariaDB: for each case type on the workflow kernel, a step completed notifies exactly the users
 * who may act on the step the case now stands on. That set is not listed here: every enabled account in the
 * database is asked, signed in as itself, what the case type's own service says — whether it may open the case at
 * all (its data scope) and whether the page offers it the step ({@code mayAct}); at 讨论决定, where the others vote,
 * whether it is a committee member who may open the case. Whoever took the step is not told of his own move.
 */
class StepNoticesIT extends LiveTest {

    @Autowired
    AdjustmentService adjustments;

    @Autowired
    AccusationService accusations;

    @Autowired
    ToleranceService tolerance;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MovableClock clock;

    private AsUser as() {
        return new AsUser(userDetails);
    }

    @Test
    void aCompletedAdjustmentStepTellsWhoMayActOnTheNextOneAndTheMeetingsMembers() {
        LocalDate today = LocalDate.now(clock);
        CaseFixture fixture = new CaseFixture(adjustments, as(), jdbc);
        long cadreId = freshCadreOf(DemoAccounts.COUNTY_CODE, 3);

        long before = lastNotice();
        CaseDetails c = fixture.open(cadreId, Direction.UP, "步骤提醒（测试）");
        long id = c.id();
        assertThat(c.currentStep().form()).isNotEqualTo(StepForms.DECISION);
        Set<String> mayAct = everyone(u -> adjustments.get(id).viewer().mayAct(), DemoAccounts.CLERK);
        assertThat(mayAct).as("the city's other clerks reach a county's case").isNotEmpty();
        assertThat(notified("adjustment/" + id, before)).isEqualTo(mayAct);

        // Every step up to 讨论决定, each taken by its role's demo user: 动议 … 征求纪检监察意见 (the discipline
        // officer's, so the clerks are told again) … 沟通酝酿, whose completion calls the meeting's members.
        int told = 0;
        while (!StepForms.DECISION.equals(c.currentStep().form())) {
            String actor = c.currentStep().role() == Role.DISCIPLINE ? DemoAccounts.DISCIPLINE : DemoAccounts.CLERK;
            before = lastNotice();
            c = fixture.complete(c, "县发展和改革局局长", CadreRank.SECTION_HEAD, today);
            Set<String> expected = StepForms.DECISION.equals(c.currentStep().form())
                    ? everyone(u -> adjustments.get(id) != null && holds(u, "COMMITTEE"), actor)
                    : everyone(u -> adjustments.get(id).viewer().mayAct(), actor);
            assertThat(notified("adjustment/" + id, before)).as("on to %s", c.currentStep().nameZh())
                    .isEqualTo(expected);
            told += expected.size();
        }
        assertThat(told).as("somebody was told at each step").isGreaterThan(5);
        Set<String> members = everyone(u -> adjustments.get(id) != null && holds(u, "COMMITTEE"), DemoAccounts.CLERK);
        assertThat(members).as("the five demo members sit for the city").containsAll(CaseFixture.MEMBERS);
        // The chair, who sets the meeting up, is among them; the rest vote once it is.
        assertThat(everyone(u -> adjustments.get(id).viewer().mayAct(), DemoAccounts.DISCIPLINE))
                .isNotEmpty().isSubsetOf(members);
    }

    @Test
    void aCompletedAccusationStepTellsWhoMayActOnTheNextOne() {
        LocalDate today = LocalDate.now(clock);
        long cadreId = jdbc.queryForObject("""
                select max(c.id) from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.path like (select concat(path, '%') from units where code = ?)""",
                Long.class, DemoAccounts.COUNTY_CODE);

        long before = lastNotice();
        AccusationDetails opened = as().call(DemoAccounts.COUNTY_CLERK, () -> accusations.open(new IntakeForm(
                "IT-NOTICE-001", today.minusDays(3), Channel.LETTER, true, null, null, "反映其违规（测试）",
                List.of(cadreId), List.of(new AllegationInput(cadreId, "反映其违规吃喝（测试）")))));
        long id = opened.id();
        Set<String> mayAct = everyone(u -> accusations.get(id).mayAct(), DemoAccounts.COUNTY_CLERK);
        assertThat(mayAct).as("the discipline officers reaching the county").isNotEmpty();
        assertThat(notified("accusation/" + id, before)).isEqualTo(mayAct);
    }

    @Test
    void aCompletedToleranceStepTellsWhoMayActOnTheNextOne() {
        ToleranceFixture fixture = new ToleranceFixture(tolerance, userDetails, jdbc);
        long cadreId = freshCadreOf(DemoAccounts.COUNTY_CODE, 5);

        long before = lastNotice();
        ApplicationDetails applied = fixture.apply(cadreId, "步骤提醒（测试）");
        long id = applied.id();
        try {
            Set<String> accepting = everyone(u -> tolerance.get(id).mayAct(), DemoAccounts.CLERK);
            assertThat(accepting).as("受理 is the discipline officers'").isNotEmpty();
            assertThat(notified("tolerance/" + id, before)).isEqualTo(accepting);

            ApplicationDetails atFinding = fixture.atFinding(cadreId, "步骤提醒二（测试）", Set.of());
            long second = atFinding.id();
            try {
                before = lastNotice();
                ToleranceInput finding = new ToleranceInput.Finding(FindingOutcome.EXEMPT, "符合容错情形（测试）");
                as().call(DemoAccounts.DISCIPLINE, () -> tolerance.completeStep(second, atFinding.version(), finding,
                        StepNote.none()));
                Set<String> feedback = everyone(u -> tolerance.get(second).mayAct(), DemoAccounts.DISCIPLINE);
                assertThat(feedback).as("反馈 is the clerks'").contains(DemoAccounts.CLERK);
                assertThat(notified("tolerance/" + second, before)).isEqualTo(feedback);
            } finally {
                fixture.delete(second);
            }
        } finally {
            fixture.delete(id);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** An active cadre of the county, without a case, whose posts began before today (see CaseFixture). */
    private long freshCadreOf(String unitCode, int offset) {
        return jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id where c.status = 'ACTIVE'
                and u.path like (select concat(path, '%') from units where code = ?)
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from tolerance_applications t where t.cadre_id = c.id)
                and not exists (select 1 from career_records r where r.cadre_id = c.id and r.start_date >= current_date)
                order by c.id desc limit 1 offset ?""", Long.class, unitCode, offset);
    }

    private long lastNotice() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from notices", Long.class);
    }

    /** The accounts told about the case since notice {@code after}. */
    private Set<String> notified(String link, long after) {
        return new TreeSet<>(jdbc.queryForList("select username from notices where link = ? and id > ?",
                String.class, link, after));
    }

    /**
     * Every enabled account but the actor for which {@code mayAct} holds when it is asked signed in as that account;
     * a case it may not open (out of scope, or a role that reads no cases) counts as no.
     */
    private Set<String> everyone(Predicate<String> mayAct, String actor) {
        Set<String> yes = new TreeSet<>();
        for (String u : jdbc.queryForList("select username from user_accounts where enabled = true", String.class)) {
            if (u.equals(actor)) {
                continue;
            }
            boolean may = as().call(u, () -> {
                try {
                    return mayAct.test(u);
                } catch (RecordNotFoundException | AccessDeniedException e) {
                    return false;
                }
            });
            if (may) {
                yes.add(u);
            }
        }
        return yes;
    }

    private boolean holds(String username, String role) {
        return jdbc.queryForObject("""
                select count(*) from user_roles r join user_accounts a on a.id = r.user_id
                where a.username = ? and r.role = ?""", Long.class, username, role) > 0;
    }
}
