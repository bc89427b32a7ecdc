package org.cadreportal.tolerance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.security.Role;
import org.cadreportal.tolerance.domain.DisciplineRecord;
import org.cadreportal.tolerance.domain.EducationVisit;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.workflow.CaseMoves;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules of 容错纠错 and 回访教育, on the aggregates alone. */
class ToleranceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private static final ProcedureDefinition PROCEDURE = new ProcedureDefinition(4, "TOLERANCE", "容错纠错办理流程",
            "Fault tolerance", List.of(
                    step(401, 1, "APPLY", Role.CLERK, ToleranceForms.APPLICATION),
                    step(402, 2, "ACCEPT", Role.DISCIPLINE, ToleranceForms.ACCEPTANCE),
                    step(403, 3, "VERIFY", Role.DISCIPLINE, ToleranceForms.VERIFICATION),
                    step(404, 4, "FINDING", Role.DISCIPLINE, ToleranceForms.FINDING),
                    step(405, 5, "FEEDBACK", Role.CLERK, ToleranceForms.FEEDBACK),
                    step(406, 6, "FILE", Role.CLERK, ToleranceForms.FILING)));

    private static StepDefinition step(long id, int ordinal, String code, Role role, String form) {
        return new StepDefinition(id, 0, 4, ordinal, code, code, code, role, 10, form, false, false);
    }

    /** An application accepted and verified with the given exclusions found, standing on 认定. */
    private static ToleranceApplication atFinding(Set<Exclusion> found) {
        ToleranceApplication a = ToleranceApplicationTest.standingOn(3);
        a.complete(PROCEDURE.step(3), new ToleranceInput.Verification(found, "核实意见"), TODAY);
        CaseMoves.advance(a, PROCEDURE, TODAY, "周正平", NOW);
        assertThat(a.getProgress().getCurrentOrdinal()).isEqualTo(4);
        return a;
    }

    private static void decide(ToleranceApplication a, FindingOutcome outcome, String reasons) {
        a.complete(PROCEDURE.step(4), new ToleranceInput.Finding(outcome, reasons), TODAY);
    }

    @ParameterizedTest
    @EnumSource(Exclusion.class)
    void anyExclusionFoundAtVerificationBarsExemptionButNotAReducedFinding(Exclusion exclusion) {
        ToleranceApplication a = atFinding(EnumSet.of(exclusion));

        assertThatThrownBy(() -> decide(a, FindingOutcome.EXEMPT, "出于公心"))
                .isInstanceOfSatisfying(FieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("outcome");
                    assertThat(e.messageKey()).isEqualTo("tolerance.error.exemptExcluded");
                });
        assertThat(a.getOutcome()).isNull();
        assertThat(a.getDecidedOn()).isNull();

        decide(a, FindingOutcome.REDUCED, "主动挽回损失");
        assertThat(a.getOutcome()).isEqualTo(FindingOutcome.REDUCED);
        assertThat(a.getDecidedOn()).isEqualTo(TODAY);
    }

    @Test
    void withoutExclusionsTheErrorMayBeExempted() {
        ToleranceApplication a = atFinding(EnumSet.noneOf(Exclusion.class));
        decide(a, FindingOutcome.EXEMPT, "出于公心，未谋私利");
        assertThat(a.getOutcome()).isEqualTo(FindingOutcome.EXEMPT);
    }

    @Test
    void aFindingNeedsAnOutcome() {
        ToleranceApplication a = atFinding(EnumSet.noneOf(Exclusion.class));
        assertThatThrownBy(() -> decide(a, null, "理由"))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }

    @Test
    void sendingBackToVerificationClearsTheFindingAndTheChecksSoTheyAreMadeAfresh() {
        ToleranceApplication a = atFinding(EnumSet.of(Exclusion.PRIVATE_GAIN));
        decide(a, FindingOutcome.REFUSED, "谋取私利");
        CaseMoves.advance(a, PROCEDURE, TODAY, "周正平", NOW);

        CaseMoves.sendBack(a, PROCEDURE, 3, TODAY, "王敏", NOW);

        assertThat(a.getProgress().getCurrentOrdinal()).isEqualTo(3);
        assertThat(a.getOutcome()).isNull();
        assertThat(a.getVerifiedOn()).isNull();
        assertThat(a.exclusionsFound()).isEmpty();
        // Re-verified without the exclusion, the error may now be exempted.
        a.complete(PROCEDURE.step(3), new ToleranceInput.Verification(EnumSet.noneOf(Exclusion.class),
                "补充核实：未发现谋取私利"), TODAY);
        CaseMoves.advance(a, PROCEDURE, TODAY, "周正平", NOW);
        decide(a, FindingOutcome.EXEMPT, "出于公心");
        assertThat(a.getOutcome()).isEqualTo(FindingOutcome.EXEMPT);
    }

    @Test
    void onceAFindingStandsTheApplicationCannotBeTerminated() {
        ToleranceApplication a = atFinding(EnumSet.noneOf(Exclusion.class));
        decide(a, FindingOutcome.REDUCED, "理由");
        assertThatThrownBy(() -> CaseMoves.terminate(a, PROCEDURE, TODAY, "王敏", NOW)).isInstanceOf(PortalException.class)
                .hasMessageContaining("tolerance.error.afterFinding");
        assertThat(a.getProgress().getStatus()).isEqualTo(CaseStatus.OPEN);
    }

    // --- 回访教育 ----------------------------------------------------------------------------------

    private static DisciplineRecord discipline() {
        return new DisciplineRecord(1, "张三", null, "镇长", DisciplineType.PARTY, TODAY.minusMonths(2),
                TODAY.plusMonths(10), null, "王敏", NOW);
    }

    @Test
    void aVisitIsPlannedOnlyWithAtLeastTwoDifferentVisitors() {
        DisciplineRecord d = discipline();
        for (List<String> tooFew : List.of(List.<String>of(), List.of("王敏"), List.of("王敏", " 王敏 "),
                List.of("王敏", "  ", ""))) {
            assertThatThrownBy(() -> d.planVisit(TODAY.plusDays(7), tooFew, "王敏", NOW))
                    .isInstanceOfSatisfying(FieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("visitors");
                        assertThat(e.messageKey()).isEqualTo("tolerance.error.twoVisitors");
                    });
        }
        assertThat(d.getVisits()).isEmpty();

        EducationVisit visit = d.planVisit(TODAY.plusDays(7), List.of(" 王敏", "周正平 "), "王敏", NOW);
        assertThat(visit.visitorList()).containsExactly("王敏", "周正平");
        assertThat(d.getVisits()).hasSize(1);
    }

    @Test
    void aVisitPastItsDayAndNotRecordedIsOverdueAndCannotBeRecordedInTheFuture() {
        DisciplineRecord d = discipline();
        EducationVisit visit = d.planVisit(TODAY.minusDays(3), List.of("王敏", "周正平"), "王敏", NOW);
        ReflectionTestUtils.setField(visit, "id", 7L);
        assertThat(visit.isOverdue(TODAY)).isTrue();
        assertThat(visit.isOverdue(TODAY.minusDays(3))).isFalse();

        assertThatThrownBy(() -> d.recordVisit(7L, TODAY.plusDays(1), Assessment.GOOD, "良好", TODAY, "王敏", NOW))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("visitedOn"));
        assertThat(visit.isOverdue(TODAY)).isTrue();

        d.recordVisit(7L, TODAY, Assessment.FAIR, "思想基本稳定", TODAY, "王敏", NOW);
        assertThat(visit.isOverdue(TODAY)).isFalse();
        assertThat(visit.getAssessment()).isEqualTo(Assessment.FAIR);
    }

    @Test
    void anImpactPeriodCannotEndBeforeTheDiscipline() {
        assertThatThrownBy(() -> new DisciplineRecord(1, "张三", null, "镇长", DisciplineType.ADMONITION, TODAY,
                TODAY.minusDays(1), null, "王敏", NOW))
                .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("impactUntil"));
    }
}
