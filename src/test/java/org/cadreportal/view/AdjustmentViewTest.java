package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.CaseRow;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.ui.CaseListView;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.adjustment.ui.MyTasksView;
import org.cadreportal.base.ui.MissingRecordView;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ToleranceFixture;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.ui.ProcedureAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each role sees and may do on the 能上能下 screens. */
class AdjustmentViewTest extends ViewTest {

    @Autowired
    AdjustmentService cases;

    @Autowired
    CadreService cadres;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ToleranceService tolerance;

    @Autowired
    UserDetailsService userDetails;

    /** An open demo case whose current step has the given code (the demo has one at every step). */
    private CaseRow openCaseAt(String stepCode) {
        return cases.page(new CaseFilter(null, null, stepCode, CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 1))
                .getContent().getFirst();
    }

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseRow> grid(String id) {
        return (Grid<CaseRow>) $(Grid.class).id(id);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void overdueFilterShowsExactlyTheOpenCasesPastTheirStepLimit() {
        navigate(CaseListView.class);
        test($(Checkbox.class).id("case-overdue-filter")).click();
        Grid<CaseRow> grid = grid("case-grid");
        long expected = jdbc.queryForObject(
                "select count(*) from adjustment_cases where status = 'OPEN' and step_due_on < ?", Long.class,
                LocalDate.now(clock));
        assertThat(expected).isPositive();
        assertThat(test(grid).size()).isEqualTo((int) expected);
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).overdueDays()).isPositive();
            assertThat(test(grid).getRow(i).status()).isEqualTo(CaseStatus.OPEN);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void anotherUnitsCaseByUrlLooksLikeAMissingOne() {
        long outside = jdbc.queryForObject("""
                select min(c.id) from adjustment_cases c join units u on u.id = c.unit_id
                where u.path not like concat((select path from units where code = ?), '%')
                """, Long.class, DemoAccounts.COUNTY_CODE);
        try {
            navigate("adjustment/" + outside, CaseView.class);
        } catch (IllegalArgumentException e) {
            // the error view is shown instead; checked below
        }
        assertThat(getCurrentView()).isInstanceOf(MissingRecordView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aPromotionsLastStepAsksForTheProbationResultNotForVisitsOrReuse() {
        navigate(CaseView.class, openCaseAt("PROBATION").id());
        assertThat(present("field-result")).isTrue();
        assertThat(present("field-assessment")).isTrue();
        assertThat(present("field-reuse")).isFalse();
        assertThat(present("visit-grid")).isFalse();
        assertThat($(RadioButtonGroup.class).id("field-result").isRequiredIndicatorVisible()).isTrue();
        assertThat($(TextArea.class).id("field-assessment").isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void disciplineOfficerActsAtConsultationButOnlyReadsTheDecision() {
        navigate(CaseView.class, openCaseAt("CONSULT").id());
        assertThat(present("step-complete")).isTrue();
        assertThat(present("field-integrityOpinion")).isTrue();

        navigate(CaseView.class, openCaseAt("DECIDE").id());
        assertThat(present("step-waiting")).isTrue();
        assertThat(present("step-complete")).isFalse();
        assertThat(present("vote-agree")).isFalse();
        assertThat(present("close-vote")).isFalse();
        assertThat(present("case-terminate")).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aSeatedCommitteeMemberChangesTheirOwnVoteFromTheCasePage() {
        CaseRow decision = openCaseAt("DECIDE");
        var before = cases.get(decision.id());
        assertThat(before.viewer().myVote()).isEqualTo(Vote.AGREE);
        navigate(CaseView.class, decision.id());
        assertThat(present("meeting-seats")).isTrue();
        assertThat(present("close-vote")).isTrue();
        test($(Button.class).id("vote-abstain")).click();
        assertThat(cases.get(decision.id()).viewer().myVote()).isEqualTo(Vote.ABSTAIN);
        test($(Button.class).id("vote-agree")).click();
        assertThat(cases.get(decision.id()).viewer().myVote()).isEqualTo(Vote.AGREE);
        // Back where it started: nobody else's vote moved.
        assertThat(cases.get(decision.id()).steps().meeting().seats()).extracting(s -> s.username() + s.voted() + s.vote())
                .isEqualTo(before.steps().meeting().seats().stream().map(s -> s.username() + s.voted() + s.vote()).toList());
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aFaultToleranceFindingOnTheCadreIsShownAtTheDecisionButNotAtOtherSteps() {
        CaseRow decision = openCaseAt("DECIDE");
        CaseRow consultation = openCaseAt("CONSULT");
        // Real findings, made through the tolerance service by the clerk and the discipline officer.
        ToleranceFixture fixture = new ToleranceFixture(tolerance, userDetails, jdbc);
        long atDecision = fixture.decided(decision.cadreId(), "项目先行先试造成损失", FindingOutcome.EXEMPT,
                "予以容错免责").id();
        long atConsultation = fixture.decided(consultation.cadreId(), "项目先行先试造成损失", FindingOutcome.EXEMPT,
                "予以容错免责").id();
        try {
            navigate(CaseView.class, decision.id());
            assertThat($(Div.class).id("case-findings").getElement().getTextRecursively()).contains("予以容错免责");
            navigate(CaseView.class, consultation.id());
            assertThat(present("case-findings")).isFalse();
        } finally {
            fixture.delete(atDecision);
            fixture.delete(atConsultation);
        }
    }

    /**
     * Send back, improved and terminate are shown exactly where the service's details allow them, on every open
     * demo case; where terminate is not offered (not the clerk's step, or after the appointment) the service
     * refuses it too.
     */
    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theCasePageOffersExactlyTheMovesTheServiceAllows() {
        List<CaseRow> open = cases.page(new CaseFilter(null, null, null, CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 200)).getContent();
        int offered = 0;
        int refused = 0;
        for (CaseRow row : open) {
            CaseDetails c = cases.get(row.id());
            navigate(CaseView.class, row.id());
            assertThat(present("case-send-back")).as("send back on %s", row.caseNo()).isEqualTo(c.actions().maySendBack());
            assertThat(present("case-improved")).as("improved on %s", row.caseNo())
                    .isEqualTo(c.actions().mayCloseImproved());
            assertThat(present("case-terminate")).as("terminate on %s", row.caseNo()).isEqualTo(c.actions().mayTerminate());
            if (c.actions().mayTerminate()) {
                offered++;
            } else {
                assertThatThrownBy(() -> cases.terminate(c.id(), c.version(), "不应允许的终止"))
                        .as("terminate on %s", row.caseNo()).isInstanceOf(RuntimeException.class);
                refused++;
            }
        }
        assertThat(offered).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkOnlyReadsTheDecisionStep() {
        navigate(CaseView.class, openCaseAt("DECIDE").id());
        assertThat(present("step-waiting")).isTrue();
        assertThat(present("vote-agree")).isFalse();
        assertThat(present("meeting-save")).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkOpensADownCaseAndLandsOnItsSecondStep() {
        CadreRow cadre = cadres.page(CadreFilter.active(), PageRequest.of(0, 1)).getContent().getFirst();
        ReferenceRow situation = cases.situations(true).getFirst();
        navigate(CaseListView.class);
        test($(Button.class).id("open-case")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("open-cadre");
        picker.setValue(cadre);
        test($(TextArea.class).id("open-summary")).setValue("年度考核结果较差，启动动议。");
        test($(Button.class).id("open-save")).click();
        // A "down" case without a situation is refused on that field, and nothing is saved.
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ReferenceRow> situations = $(MultiSelectComboBox.class).id("open-situations");
        assertThat(situations.isInvalid()).isTrue();
        assertThat(cases.casesOfCadre(cadre.id())).isEmpty();

        situations.setValue(Set.of(situation));
        test($(Button.class).id("open-save")).click();

        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        List<String> states = $(ListItem.class).all().stream()
                .map(li -> li.getElement().getAttribute("data-state")).filter(s -> s != null).toList();
        assertThat(states).hasSize(11);
        assertThat(states.subList(0, 2)).containsExactly("DONE", "CURRENT");
        assertThat(states.subList(2, 11)).containsOnly("PENDING");
        assertThat(cases.casesOfCadre(cadre.id())).singleElement()
                .satisfies(r -> assertThat(r.currentOrdinal()).isEqualTo(2));
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void myTasksListOnlyStepsMyRoleActsOnMostOverdueFirst() {
        navigate(MyTasksView.class);
        Grid<CaseRow> grid = grid("task-grid");
        assertThat(test(grid).size()).isPositive();
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < test(grid).size(); i++) {
            CaseRow row = test(grid).getRow(i);
            assertThat(row.stepRole().name()).isEqualTo("DISCIPLINE");
            assertThat(row.stepDueOn()).isAfterOrEqualTo(previous);
            previous = row.stepDueOn();
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void administratorSeesBothProceduresWithElevenStepsEach() {
        navigate(ProcedureAdminView.class);
        assertThat(test(grid("steps-ADJUST_DOWN")).size()).isEqualTo(11);
        assertThat(test(grid("steps-ADJUST_UP")).size()).isEqualTo(11);
    }
}
