package org.cadreportal.adjustment.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.StepSubmission;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentMethod;
import org.cadreportal.adjustment.domain.AdjustmentMethodRepository;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.adjustment.domain.SituationRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTexts;
import org.springframework.stereotype.Component;

/**
 * What each step form requires, checked field by field, written to the case, and returned as the
 * details its step record keeps. 讨论决定 and 跟踪回访's visits have their own actions; here they are
 * only checked for completeness.
 */
@Component
class StepFormRules {

    private static final int TEXT = 2000;

    private final SituationRepository situations;
    private final AdjustmentMethodRepository methods;

    StepFormRules(SituationRepository situations, AdjustmentMethodRepository methods) {
        this.situations = situations;
        this.methods = methods;
    }

    List<StepDetail> apply(AdjustmentCase c, StepDefinition step, StepSubmission s, LocalDate today) {
        List<StepDetail> details = new ArrayList<>();
        switch (step.form()) {
            case StepForms.OPINION -> {
                if (c.getDirection() == Direction.DOWN && step.ordinal() == 2) {
                    // Unchanged when none are sent; a case opened by another feature has none yet and must get them here.
                    Set<Situation> chosen = s.getSituationIds().isEmpty() && !c.getSituations().isEmpty()
                            ? Set.copyOf(c.getSituations()) : situations(s.getSituationIds());
                    c.reviseSituations(step, chosen);
                    details.add(StepDetail.text("adjustment.field.situations",
                            String.join("、", chosen.stream().map(Situation::getNameZh).sorted().toList())));
                }
            }
            case StepForms.WARNING -> {
                LocalDate date = required("warningDate", s.getWarningDate());
                notFuture("warningDate", date, today);
                String content = text("warningContent", s.getWarningContent(), 1000);
                LocalDate deadline = required("improvementDeadline", s.getImprovementDeadline());
                if (!deadline.isAfter(date)) {
                    throw new FieldException("improvementDeadline", "adjustment.error.deadlineAfterWarning");
                }
                c.warn(step, date, content, deadline);
                details.add(StepDetail.text("adjustment.field.warningDate", date));
                details.add(StepDetail.text("adjustment.field.warningContent", content));
                details.add(StepDetail.text("adjustment.field.improvementDeadline", deadline));
            }
            case StepForms.STATEMENT -> {
                String statement = text("statement", s.getStatement(), TEXT);
                c.hear(step, statement);
                details.add(StepDetail.text("adjustment.field.statement", statement));
            }
            case StepForms.PROPOSAL -> {
                AdjustmentMethod method = null;
                if (c.getDirection() == Direction.DOWN) {
                    Long methodId = required("methodId", s.getMethodId());
                    method = methods.findById(methodId).filter(AdjustmentMethod::isActive)
                            .orElseThrow(() -> new FieldException("methodId", "validation.required"));
                }
                String post = text("proposedPost", s.getProposedPost(), 100);
                c.propose(step, method, post, required("proposedRank", s.getProposedRank()));
                if (method != null) {
                    details.add(StepDetail.text("adjustment.field.method", method.getNameZh()));
                }
                details.add(StepDetail.text("adjustment.field.proposedPost", post));
                details.add(StepDetail.key("adjustment.field.proposedRank", s.getProposedRank().labelKey()));
            }
            case StepForms.CONSULTATION -> {
                String opinion = text("integrityOpinion", s.getIntegrityOpinion(), TEXT);
                c.consult(step, opinion);
                details.add(StepDetail.text("adjustment.field.integrityOpinion", opinion));
            }
            case StepForms.TALK -> {
                String talk = text("talkRecord", s.getTalkRecord(), TEXT);
                c.recordTalk(step, talk);
                details.add(StepDetail.text("adjustment.field.talkRecord", talk));
            }
            case StepForms.APPOINTMENT -> {
                String document = text("documentNo", s.getDocumentNo(), 64);
                LocalDate effective = required("effectiveDate", s.getEffectiveDate());
                int months = c.getMethod() == null ? 0 : c.getMethod().getImpactMonths();
                LocalDate impactUntil = c.getDirection() == Direction.DOWN && months > 0
                        ? effective.plusMonths(months).minusDays(1) : null;
                c.appoint(step, document, effective, impactUntil);
                details.add(StepDetail.text("adjustment.field.documentNo", document));
                details.add(StepDetail.text("adjustment.field.effectiveDate", effective));
                if (impactUntil != null) {
                    details.add(StepDetail.text("adjustment.field.impactUntil", impactUntil));
                }
            }
            case StepForms.FOLLOW_UP -> {
                String assessment = text("closingAssessment", s.getClosingAssessment(), TEXT);
                c.conclude(step, assessment, s.isReuseRecommended());
                details.add(StepDetail.text("adjustment.field.visits", c.getVisits().size()));
                details.add(StepDetail.text("adjustment.field.closingAssessment", assessment));
                details.add(StepDetail.key("adjustment.field.reuse",
                        s.isReuseRecommended() ? "common.yes" : "common.no"));
            }
            default -> {
                // INITIATION is recorded when the case opens; DECISION is completed by the vote.
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

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new FieldException(field, "validation.required");
        }
        return value;
    }

    static String text(String field, String value, int max) {
        return StepTexts.required(field, value, max);
    }

    private static void notFuture(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new FieldException(field, "validation.notFuture");
        }
    }
}
