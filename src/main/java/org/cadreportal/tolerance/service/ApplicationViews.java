package org.cadreportal.tolerance.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.ApplicationRow;
import org.cadreportal.tolerance.CategoryRow;
import org.cadreportal.tolerance.DisciplineDetails;
import org.cadreportal.tolerance.DisciplineRow;
import org.cadreportal.tolerance.ExemptionRow;
import org.cadreportal.tolerance.VisitRow;
import org.cadreportal.tolerance.domain.DisciplineRecord;
import org.cadreportal.tolerance.domain.EducationVisit;
import org.cadreportal.tolerance.domain.ExemptionItem;
import org.cadreportal.tolerance.domain.ToleranceApplication;
import org.cadreportal.tolerance.domain.ToleranceCategory;
import org.cadreportal.workflow.CaseProgress;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepRecordRow;

/** Copies applications and discipline records into the records the views read. */
final class ApplicationViews {

    private ApplicationViews() {
    }

    static ApplicationRow row(ToleranceApplication a, ProcedureDefinition procedure, LocalDate today) {
        CaseProgress p = a.getProgress();
        StepDefinition step = procedure.step(p.getCurrentOrdinal());
        return new ApplicationRow(a.getId(), a.getApplicationNo(), a.getCadreId(), a.getCadreName(),
                a.getUnit().getName(), a.getApplicantType(), a.getCategory().getNameZh(), a.getCategory().getNameEn(),
                a.getMatter(), p.getCurrentOrdinal(), step.nameZh(), step.nameEn(), step.role(), p.getStatus(),
                a.getAppliedOn(), p.getStepDueOn(), p.daysOverdue(today), a.getOutcome(), a.getDecidedOn());
    }

    static ApplicationDetails details(ToleranceApplication a, ProcedureDefinition procedure,
                                      List<StepRecordRow> records, CurrentUser viewer, LocalDate today) {
        CaseProgress p = a.getProgress();
        StepDefinition step = procedure.step(p.getCurrentOrdinal());
        boolean mayAct = p.getStatus() == CaseStatus.OPEN && viewer != null && viewer.has(step.role());
        List<ExemptionRow> exemptions = a.getExemptions().stream()
                .sorted(Comparator.comparingInt(ExemptionItem::getSortOrder).thenComparing(ExemptionItem::getId))
                .map(ApplicationViews::exemption).toList();
        ApplicationDetails.Header header = new ApplicationDetails.Header(a.getId(), a.getVersion(),
                a.getApplicationNo(), a.getApplicantType(), a.getMatter(), a.getDescription(),
                category(a.getCategory()), exemptions, a.getLinkedCaseNo(), a.getCadreId(), a.getCadreName(),
                a.getUnit().getName(), a.getPostTitle(), a.getAppliedOn());
        ApplicationDetails.Steps steps = new ApplicationDetails.Steps(a.getAcceptedOn(),
                new ApplicationDetails.Verification(a.getVerifiedOn(), a.exclusionsFound(), a.getVerificationOpinion()),
                new ApplicationDetails.Finding(a.getOutcome(), a.getFindingReasons(), a.getDecidedOn()),
                new ApplicationDetails.Feedback(a.getFeedbackOn(), a.getFeedbackNote()),
                new ApplicationDetails.Filing(a.getFiledOn(), a.getArchiveNo()));
        return new ApplicationDetails(header, CaseStanding.of(a, procedure, today), records, steps, mayAct);
    }

    static CategoryRow category(ToleranceCategory c) {
        return new CategoryRow(c.getId(), c.getVersion(), c.getNameZh(), c.getNameEn(), c.getSortOrder(), c.isActive());
    }

    static ExemptionRow exemption(ExemptionItem e) {
        return new ExemptionRow(e.getId(), e.getVersion(), e.getNameZh(), e.getNameEn(), e.getSortOrder(),
                e.isActive(), e.getCategoryId());
    }

    /** {@code counts}: planned, made, overdue, next day to visit, as {@code visitCounts} returns them. */
    static DisciplineRow row(DisciplineRecord d, Map<Long, Object[]> counts) {
        Object[] c = counts.get(d.getId());
        return new DisciplineRow(d.getId(), d.getCadreId(), d.getCadreName(), d.getUnit().getName(), d.getType(),
                d.getDecidedOn(), d.getImpactUntil(), c == null ? 0 : number(c[1]), c == null ? 0 : number(c[2]),
                c == null ? 0 : number(c[3]), c == null ? null : (LocalDate) c[4]);
    }

    static DisciplineDetails details(DisciplineRecord d, boolean mayEdit, LocalDate today) {
        List<VisitRow> visits = d.getVisits().stream().map(v -> visit(v, today)).toList();
        return new DisciplineDetails(d.getId(), d.getVersion(), d.getCadreId(), d.getCadreName(), d.getUnit().getName(),
                d.getPostTitle(), d.getType(), d.getDecidedOn(), d.getImpactUntil(), d.getNote(), d.getRecordedBy(),
                d.getLastActor(), d.getLastActedAt(), visits, mayEdit);
    }

    private static VisitRow visit(EducationVisit v, LocalDate today) {
        return new VisitRow(v.getId(), v.getPlannedOn(), v.visitorList(), v.getVisitedOn(), v.getAssessment(),
                v.getNotes(), v.getRecordedBy(), v.isOverdue(today));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
