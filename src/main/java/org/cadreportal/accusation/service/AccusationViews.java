package org.cadreportal.accusation.service;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.cadreportal.accusation.domain.JointMeeting;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationRow;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.base.WorkingDays;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.CaseProgress;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepRecordRow;
import org.springframework.stereotype.Component;

/** Copies cases into the records lists and pages read; the one place the reporter is masked. */
@Component
@RequiredArgsConstructor
class AccusationViews {

    private final UnitViewRepository units;

    AccusationRow row(AccusationCase c, String accusedNames, Map<Long, StepDefinition> steps, int clarifyOrdinal,
                      WorkingDays calendar, LocalDate today) {
        CaseProgress p = c.getProgress();
        StepDefinition step = steps.get(p.getCurrentStepId());
        return new AccusationRow(c.getId(), c.getCaseNo(), c.getReportNo(), c.getReceivedOn(), c.getChannel(),
                accusedNames, c.getUnit().getName(), p.getCurrentOrdinal(), step.nameZh(), step.nameEn(),
                step.role(), p.getStatus(), p.getStepDueOn(), p.daysOverdue(today), c.getClarificationDueOn(),
                daysLeft(c, clarifyOrdinal, calendar, today), c.isQuickLogged());
    }

    /** Working days left to clarify; null once the 澄清 step is done or when nothing is due. */
    static Integer daysLeft(AccusationCase c, int clarifyOrdinal, WorkingDays calendar, LocalDate today) {
        CaseProgress p = c.getProgress();
        if (c.getClarificationDueOn() == null || p.getStatus() != CaseStatus.OPEN
                || p.getCurrentOrdinal() > clarifyOrdinal) {
            return null;
        }
        return calendar.between(today, c.getClarificationDueOn());
    }

    AccusationDetails details(AccusationCase c, ProcedureDefinition procedure, List<StepRecordRow> records,
                              CurrentUser viewer, int clarifyOrdinal, WorkingDays calendar, LocalDate today) {
        CaseProgress p = c.getProgress();
        StepDefinition step = procedure.step(p.getCurrentOrdinal());
        boolean open = p.getStatus() == CaseStatus.OPEN;
        boolean discipline = viewer != null && viewer.has(Role.DISCIPLINE);
        AccusationDetails.Reporter reporter = c.isAnonymous()
                ? new AccusationDetails.Reporter(true, null, null, false)
                : discipline ? new AccusationDetails.Reporter(false, c.getReporterName(), c.getReporterContact(), false)
                : new AccusationDetails.Reporter(false, null, null, true);
        Map<Long, String> unitNames = units.findAllById(c.getAccused().stream().map(a -> a.getUnitId()).distinct()
                .toList()).stream().collect(Collectors.toMap(u -> u.getId(), u -> u.getName()));
        Map<Long, String> names = new LinkedHashMap<>();
        c.getAccused().forEach(a -> names.put(a.getCadreId(), a.getCadreName()));
        List<AccusationDetails.Accused> accused = c.getAccused().stream()
                .map(a -> new AccusationDetails.Accused(a.getCadreId(), a.getCadreName(),
                        unitNames.getOrDefault(a.getUnitId(), ""), a.getPostTitle())).toList();
        List<AccusationDetails.Allegation> allegations = c.getAllegations().stream()
                .map(a -> new AccusationDetails.Allegation(a.getId(), a.getOrdinal(), a.getCadreId(),
                        names.getOrDefault(a.getCadreId(), ""), a.getContent(), a.getFinding(), a.getFindingReason()))
                .toList();
        List<AccusationDetails.Meeting> meetings = c.getMeetings().stream()
                .map(JointMeeting::row).toList();
        List<AccusationDetails.Clarification> clarifications = c.getClarifications().stream()
                .map(k -> new AccusationDetails.Clarification(k.getId(), k.getCadreId(), k.getCadreName(),
                        k.getClarifiedOn(), k.getMethods(), k.getScopeUnits(), k.getNoticeText(),
                        k.getAllegations().stream().map(Allegation::getOrdinal).sorted(Comparator.naturalOrder())
                                .toList(), k.getRecordedBy())).toList();
        AccusationDetails.Header header = new AccusationDetails.Header(c.getId(), c.getVersion(), c.getCaseNo(),
                c.getReportNo(), c.getReceivedOn(), c.getChannel(), reporter, c.getSummary(), c.getUnit().getName(),
                accused, allegations, c.getOpenedOn(), c.isQuickLogged());
        AccusationDetails.Steps steps = new AccusationDetails.Steps(meetings, c.getFoundOn(), c.getReferredTo(),
                c.getReferredOn(), c.getClarificationDueOn(), daysLeft(c, clarifyOrdinal, calendar, today),
                clarifications);
        return new AccusationDetails(header, CaseStanding.of(c, procedure, today), records, steps,
                open && viewer != null && viewer.has(step.role()));
    }
}
