package org.cadreportal.adjustment.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentMethod;
import org.cadreportal.adjustment.domain.AdjustmentMethodRepository;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.adjustment.domain.SituationRepository;
import org.cadreportal.adjustment.domain.StepChoices;
import org.cadreportal.base.FieldException;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.springframework.stereotype.Component;

/**
 * What a step's input needs beyond its own fields (Bean Validation checked those): the reference rows it
 * names, the rules that read the clock or the case; then the case writes it, and the details its step
 * record keeps are returned. 讨论决定 and 跟踪回访's visits have their own actions.
 */
@Component
@RequiredArgsConstructor
class StepFormRules {

    private final SituationRepository situations;
    private final AdjustmentMethodRepository methods;

    List<StepDetail> apply(AdjustmentCase c, StepDefinition step, StepInput input, LocalDate today) {
        c.requireInput(step, input);
        StepChoices chosen = switch (input) {
            case StepInput.Opinion o when situationsAsked(c, step) -> new StepChoices(
                    // Unchanged when none are sent; a case opened by another feature has none yet and must get them here.
                    o.situationIds().isEmpty() && !c.getSituations().isEmpty() ? Set.copyOf(c.getSituations())
                            : situations(o.situationIds()), null);
            case StepInput.Warning w -> {
                if (w.warningDate().isAfter(today)) {
                    throw new FieldException("warningDate", "validation.notFuture");
                }
                if (!w.improvementDeadline().isAfter(w.warningDate())) {
                    throw new FieldException("improvementDeadline", "adjustment.error.deadlineAfterWarning");
                }
                yield StepChoices.NONE;
            }
            case StepInput.Proposal p when c.getDirection() == Direction.DOWN -> {
                if (p.methodId() == null) {
                    throw new FieldException("methodId", "validation.required");
                }
                yield new StepChoices(null, methods.findById(p.methodId()).filter(AdjustmentMethod::isActive)
                        .orElseThrow(() -> new FieldException("methodId", "validation.required")));
            }
            default -> StepChoices.NONE;
        };
        c.complete(step, input, chosen);
        return details(c, input, chosen);
    }

    /** 分析研判 of a case moving a cadre down settles its situations. */
    static boolean situationsAsked(AdjustmentCase c, StepDefinition step) {
        return c.getDirection() == Direction.DOWN && step.ordinal() == 2;
    }

    private static List<StepDetail> details(AdjustmentCase c, StepInput input, StepChoices chosen) {
        List<StepDetail> details = new ArrayList<>();
        switch (input) {
            case StepInput.Opinion opinionIn when chosen.situations() != null -> details.add(StepDetail.text(
                    "adjustment.field.situations", String.join("、", chosen.situations().stream()
                            .map(Situation::getNameZh).sorted().toList())));
            case StepInput.Warning w -> {
                details.add(StepDetail.text("adjustment.field.warningDate", w.warningDate()));
                details.add(StepDetail.text("adjustment.field.warningContent", w.warningContent()));
                details.add(StepDetail.text("adjustment.field.improvementDeadline", w.improvementDeadline()));
            }
            case StepInput.Statement s -> details.add(StepDetail.text("adjustment.field.statement", s.statement()));
            case StepInput.Proposal p -> {
                if (chosen.method() != null) {
                    details.add(StepDetail.text("adjustment.field.method", chosen.method().getNameZh()));
                }
                details.add(StepDetail.text("adjustment.field.proposedPost", p.proposedPost()));
                details.add(StepDetail.key("adjustment.field.proposedRank", p.proposedRank().labelKey()));
            }
            case StepInput.Consultation o ->
                    details.add(StepDetail.text("adjustment.field.integrityOpinion", o.integrityOpinion()));
            case StepInput.Talk t -> details.add(StepDetail.text("adjustment.field.talkRecord", t.talkRecord()));
            case StepInput.Appointment a -> {
                details.add(StepDetail.text("adjustment.field.documentNo", a.documentNo()));
                details.add(StepDetail.text("adjustment.field.effectiveDate", a.effectiveDate()));
                if (c.getImpactUntil() != null) {
                    details.add(StepDetail.text("adjustment.field.impactUntil", c.getImpactUntil()));
                }
            }
            case StepInput.FollowUp f -> {
                details.add(StepDetail.text("adjustment.field.visits", c.getVisits().size()));
                details.add(StepDetail.text("adjustment.field.closingAssessment", f.closingAssessment()));
                details.add(StepDetail.key("adjustment.field.reuse", f.reuseRecommended() ? "common.yes" : "common.no"));
            }
            case StepInput.Probation p -> {
                details.add(StepDetail.key("adjustment.field.probationResult", p.result().labelKey()));
                details.add(StepDetail.text("adjustment.field.probationAssessment", p.assessment()));
            }
            case StepInput.Initiation initiationIn -> {
            }
            case StepInput.Opinion opinionIn -> {
            }
            case StepInput.Decision decisionIn -> {
            }
        }
        return details;
    }

    Set<Situation> situations(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new FieldException("situationIds", "adjustment.error.situationRequired");
        }
        List<Situation> found = situations.findAllById(ids).stream().filter(Situation::isActive).toList();
        if (found.size() != ids.size()) {
            throw new FieldException("situationIds", "adjustment.error.situationRequired");
        }
        return Set.copyOf(found);
    }
}
