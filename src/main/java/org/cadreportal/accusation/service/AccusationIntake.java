package org.cadreportal.accusation.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.accusation.QuickLogForm;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.AccusationCaseRepository;
import org.cadreportal.accusation.domain.AccusedCadre;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.workflow.CaseDesk;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDetail;

/**
 * A report registered as a case: at intake, with its accused (each in the clerk's scope) and allegations,
 * or logged after the fact with its findings and clarifications, concluded in one go.
 */
@RequiredArgsConstructor
final class AccusationIntake {

    private final AccusationCaseRepository cases;
    private final UnitViewRepository units;
    private final CadreService cadres;
    private final WorkingCalendar calendar;
    private final CaseDesk<AccusationCase> desk;

    /** A case concluded as it was handled outside the portal, every step recorded as taken. */
    AccusationCase quickLog(QuickLogForm form, ProcedureDefinition procedure) {
        IntakeForm intake = form.intake();
        if (intake == null) {
            throw new FieldException("reportNo", "validation.required");
        }
        AccusationRules.intake(intake, today());
        int count = intake.allegations().size();
        if (form.findings().size() != count || form.reasons().size() != count) {
            throw new FieldException("allegations", "accusation.error.findingsMissing");
        }
        for (int i = 0; i < count; i++) {
            AccusationRules.findingReason(Integer.toString(i), form.findings().get(i), form.reasons().get(i));
        }
        LocalDate foundOn = AccusationRules.pastDate("foundOn", form.foundOn(), today());
        AccusationRules.notBefore("foundOn", foundOn, intake.receivedOn(), "accusation.error.beforeReceived");
        boolean fabricated = form.findings().contains(FindingType.FABRICATED);
        AccusationRules.referral(fabricated, form.referredTo(), form.referredOn(), foundOn, today());
        if (form.findings().stream().noneMatch(FindingType::clears)) {
            throw new FieldException("allegations", "accusation.error.nothingToClarify");
        }
        LocalDate clarifiedOn = AccusationRules.pastDate("clarifiedOn", form.clarifiedOn(), today());
        AccusationRules.notBefore("clarifiedOn", clarifiedOn, foundOn, "accusation.error.beforeFinding");
        AccusationRules.clarification(form.methods(), form.scopeUnits(), form.noticeText());

        AccusationCase c = register(intake, procedure);
        Map<Long, FindingType> findings = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Allegation a = c.getAllegations().get(i);
            findings.put(a.getId(), form.findings().get(i));
            reasons.put(a.getId(), form.reasons().get(i).strip());
        }
        String actor = desk.actorName();
        c.find(findings, reasons, foundOn,
                calendar.plusWorkingDays(foundOn, AccusationRules.CLARIFY_WITHIN_WORKING_DAYS), actor, now());
        if (fabricated) {
            c.refer(form.referredTo().strip(), form.referredOn(), actor, now());
        }
        ClarificationForm shared = new ClarificationForm(null, clarifiedOn, form.methods(), form.scopeUnits(),
                form.noticeText(), List.of());
        Map<String, List<StepDetail>> clarified = new LinkedHashMap<>();
        for (AccusedCadre cadre : c.awaitingClarification()) {
            Set<Allegation> cleared = c.getAllegations().stream()
                    .filter(a -> a.getCadreId() == cadre.getCadreId() && a.getFinding().clears())
                    .collect(Collectors.toSet());
            c.clarify(cadre, clarifiedOn, form.methods(), form.scopeUnits().strip(), form.noticeText().strip(),
                    cleared, actor, now());
            clarified.put(cadre.getCadreName(), AccusationStepDetails.clarificationDetails(cadre.getCadreName(),
                    clarifiedOn, shared,
                    cleared));
        }
        return desk.concludeLogged(c, procedure,
                AccusationStepDetails.loggedSteps(c, procedure, form, clarified, today()));
    }

    /** A new case with its accused (each in the clerk's scope) and allegations, saved so they have ids. */
    AccusationCase register(IntakeForm form, ProcedureDefinition procedure) {
        List<CadreDetails> accused = new ArrayList<>();
        for (Long cadreId : form.accusedIds()) {
            try {
                accused.add(cadres.get(cadreId));
            } catch (RecordNotFoundException e) {
                throw new FieldException("accusedIds", "accusation.error.accusedNotFound");
            }
        }
        UnitView unit = units.findById(accused.get(0).form().getUnitId())
                .orElseThrow(RecordNotFoundException::new);
        String caseNo = desk.number(AccusationService.CASE_NO_PREFIX, "accusation_cases", "case_no");
        AccusationCase c = new AccusationCase(caseNo, form.reportNo().strip(), form.receivedOn(), form.channel(),
                form.anonymous(), AccusationRules.optional("reporterName", form.reporterName(), 50),
                AccusationRules.optional("reporterContact", form.reporterContact(), 100), form.summary().strip(), unit,
                procedure, today(), desk.actorName(), now());
        for (CadreDetails cadre : accused) {
            c.accuse(cadre.id(), cadre.form().getName(), cadre.form().getUnitId(), cadre.form().getPostTitle());
        }
        form.allegations().forEach(a -> c.allege(a.cadreId(), a.content().strip()));
        return cases.saveAndFlush(c);
    }

    private LocalDate today() {
        return desk.today();
    }

    private LocalDateTime now() {
        return desk.now();
    }
}
