package org.cadreportal.testing;

import org.cadreportal.workflow.StepNote;
import org.cadreportal.adjustment.StepInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.StepDefinition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 能上能下 cases of a test's own, taken through the steps by the roles they name (clerk, discipline officer), so a
 * test of 讨论决定 or of the appointment never shares a demo case with another test.
 */
public final class CaseFixture {

    public static final List<String> MEMBERS = List.of(DemoAccounts.COMMITTEE, DemoAccounts.COMMITTEE_2,
            DemoAccounts.COMMITTEE_3, DemoAccounts.COMMITTEE_4, DemoAccounts.COMMITTEE_5);

    private final AdjustmentService cases;
    private final AsUser as;
    private final JdbcTemplate jdbc;

    public CaseFixture(AdjustmentService cases, AsUser as, JdbcTemplate jdbc) {
        this.cases = cases;
        this.as = as;
        this.jdbc = jdbc;
    }

    /**
     * An active cadre of a county (东安县 and the like) without any case yet, the {@code offset}-th from the end, whose
     * posts all began before today: a decision takes effect today and must come after the current post's start, so a
     * cadre another test registered today would be refused.
     */
    public long freshCountyCadre(int offset) {
        return jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id where c.status = 'ACTIVE'
                and u.unit_type = 'COUNTY'
                and not exists (select 1 from adjustment_cases a where a.cadre_id = c.id)
                and not exists (select 1 from career_records r where r.cadre_id = c.id and r.start_date >= current_date)
                order by c.id desc limit 1 offset ?""", Long.class, offset);
    }

    public CaseDetails open(long cadreId, Direction direction, String summary) {
        return as.call(DemoAccounts.CLERK, () -> {
            OpenCaseForm form = new OpenCaseForm();
            form.setCadreId(cadreId);
            form.setDirection(direction);
            form.setSource(CaseSource.OTHER);
            if (direction == Direction.DOWN) {
                form.setSituationIds(Set.of(cases.situations(true).getFirst().id()));
            }
            form.setSummary(summary);
            return cases.open(form);
        });
    }

    /** Completes every step before 讨论决定, proposing {@code post} and {@code rank}. */
    public CaseDetails toDecision(CaseDetails c, String post, CadreRank rank, LocalDate today) {
        while (!StepForms.DECISION.equals(c.currentStep().form())) {
            c = complete(c, post, rank, today);
        }
        return c;
    }

    /** Completes the steps after 讨论决定 up to and including 宣布并办理任免, effective {@code today}. */
    public CaseDetails throughAppointment(CaseDetails c, LocalDate today) {
        boolean appointed = false;
        while (!appointed) {
            appointed = StepForms.APPOINTMENT.equals(c.currentStep().form());
            c = complete(c, null, null, today);
        }
        return c;
    }

    /** Completes the current step (not 讨论决定) as the demo user of its role. */
    public CaseDetails complete(CaseDetails at, String post, CadreRank rank, LocalDate today) {
        StepDefinition step = at.currentStep();
        StepInput input = switch (StepInput.of(step)) {
            case StepInput.Warning warningIn -> new StepInput.Warning(today.minusDays(1), "限期整改（测试）", today.plusDays(30));
            case StepInput.Statement statementIn -> new StepInput.Statement("服从组织安排（测试）");
            case StepInput.Proposal proposalIn -> new StepInput.Proposal(at.header().direction() == Direction.DOWN
                    ? cases.methods(true).getFirst().id() : null, post, rank);
            case StepInput.Consultation consultationIn -> new StepInput.Consultation("未发现影响使用的廉政问题（测试）");
            case StepInput.Talk talkIn -> new StepInput.Talk("已谈话（测试）");
            case StepInput.Appointment appointmentIn -> new StepInput.Appointment("测干〔2026〕1号", today);
            case StepInput other -> other;
        };
        String actor = step.role() == Role.DISCIPLINE ? DemoAccounts.DISCIPLINE
                : step.role() == Role.COMMITTEE ? DemoAccounts.COMMITTEE : DemoAccounts.CLERK;
        return as.call(actor, () -> cases.completeStep(at.id(), at.version(), input, StepNote.of("同意（测试）")));
    }
}
