package org.cadreportal.adjustment.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.workflow.StepTexts;
import org.cadreportal.adjustment.CaseAlreadyOpenException;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentCaseRepository;
import org.cadreportal.adjustment.domain.CaseOrigin;
import org.cadreportal.adjustment.domain.ImpactRule;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.CareerRow;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTaken;
import org.cadreportal.workflow.WorkflowService;

/**
 * 启动动议: opens a case and records its first step. A 上 for a cadre inside the impact period of a 下
 * (能下能再上) is guarded by the rule of the 下's situations ({@link ImpactRule}, reference data): barred
 * until the period ends, or opened only with a reason, which the case keeps and its first step records.
 * The period is the latest of the cadre's career entries' and of his "down" cases' impact ends.
 */
@RequiredArgsConstructor
final class CaseOpening {

    private final AdjustmentCaseRepository cases;
    private final UnitViewRepository units;
    private final WorkflowService workflow;
    private final CadreService cadres;
    private final StepFormRules rules;
    private final CaseDesk<AdjustmentCase> desk;

    AdjustmentCase open(OpenCaseForm form, boolean situationsRequired) {
        CadreDetails cadre = cadres.get(form.getCadreId());
        if (cadre.status() != CadreStatus.ACTIVE) {
            throw new FieldException("cadreId", "adjustment.error.cadreRetired");
        }
        // One open case per cadre and direction: a second would split the record the committee decides on.
        cases.findOpen(cadre.id(), form.getDirection()).stream().findFirst().ifPresent(open -> {
            throw new CaseAlreadyOpenException(open.getId(), open.getCaseNo());
        });
        // Nor a 上 while a 下 is being decided: the committee would weigh promoting whom it is weighing moving
        // down. A 下 is never held up by an open 上, which it may well be about.
        if (form.getDirection() == Direction.UP) {
            cases.findOpen(cadre.id(), Direction.DOWN).stream().findFirst().ifPresent(open -> {
                throw new CaseAlreadyOpenException(open.getId(), open.getCaseNo(), "adjustment.error.downOpen");
            });
        }
        Set<Situation> chosen = form.getDirection() == Direction.DOWN
                && (situationsRequired || !form.getSituationIds().isEmpty())
                ? rules.situations(form.getSituationIds())
                : Set.of();
        String impactReason = form.getDirection() == Direction.UP ? impactReason(cadre.id(), form) : null;
        ProcedureDefinition procedure = workflow.procedure(form.getDirection().procedureCode());
        UnitView unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        String summary = StepTexts.required("summary", form.getSummary(), 2000);
        AdjustmentCase c = new AdjustmentCase(nextNumber(form.getDirection()), form.getDirection(),
                form.getSource(), summary, cadre.id(), cadre.form().getName(), unit, cadre.form().getPostTitle(),
                cadre.form().getRank(), procedure, chosen, desk.today(), desk.actorName(), desk.now());
        String reference = blankToNull(form.getReference());
        c.noteOrigin(new CaseOrigin(reference, reference == null ? null : blankToNull(form.getReferenceLink()),
                impactReason));
        cases.save(c);
        List<StepDetail> details = new ArrayList<>();
        details.add(StepDetail.key("adjustment.field.source", form.getSource().labelKey()));
        if (reference != null) {
            details.add(StepDetail.text("adjustment.field.reference", reference));
        }
        if (!chosen.isEmpty()) {
            details.add(StepDetail.text("adjustment.field.situations",
                    String.join("、", chosen.stream().map(Situation::getNameZh).sorted().toList())));
        }
        details.add(StepDetail.text("adjustment.field.summary", summary));
        if (impactReason != null) {
            details.add(StepDetail.text("adjustment.field.impactReason", impactReason));
        }
        return desk.take(c, procedure, StepTaken.of(procedure.step(1), null, details), Move.advance());
    }

    /**
     * The reason a 上 inside the impact period needs, or null outside it; refused when a situation of a
     * "down" case whose period still runs bars it, or when the reason is missing.
     */
    private String impactReason(long cadreId, OpenCaseForm form) {
        LocalDate today = desk.today();
        List<AdjustmentCase> down = cases.findInImpact(cadreId, today);
        LocalDate until = cadres.career(cadreId).stream().map(CareerRow::impactUntil).filter(Objects::nonNull)
                .filter(d -> !d.isBefore(today)).max(LocalDate::compareTo).orElse(null);
        for (AdjustmentCase c : down) {
            until = until == null || c.getImpactUntil().isAfter(until) ? c.getImpactUntil() : until;
        }
        if (until == null) {
            return null;
        }
        LocalDate barredUntil = down.stream()
                .filter(c -> c.getSituations().stream().anyMatch(s -> s.getPromotionInImpact() == ImpactRule.BARRED))
                .map(AdjustmentCase::getImpactUntil).max(LocalDate::compareTo).orElse(null);
        if (barredUntil != null) {
            throw new FieldException("cadreId", "adjustment.error.impactBarred", barredUntil);
        }
        String reason = blankToNull(form.getImpactReason());
        if (reason == null) {
            throw new FieldException("impactReason", "adjustment.error.impactReasonRequired", until);
        }
        return StepTexts.required("impactReason", reason, 1000);
    }

    /** Each direction numbers its cases afresh each year (下〔2026〕001, 上〔2026〕001). */
    private String nextNumber(Direction direction) {
        return desk.number(direction.caseNoPrefix(), "adjustment_cases", "case_no");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
