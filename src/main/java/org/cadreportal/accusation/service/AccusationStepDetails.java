package org.cadreportal.accusation.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.QuickLogForm;
import org.cadreportal.accusation.domain.AccusationCase;
import org.cadreportal.accusation.domain.AccusedCadre;
import org.cadreportal.accusation.domain.Allegation;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepTaken;

/** What the 查诬 steps write into their step records, the same whether worked step by step or logged at once. */
final class AccusationStepDetails {

    private AccusationStepDetails() {
    }

    /** What the intake step records; never the reporter's identity, which step records would show to all. */
    static List<StepDetail> intakeDetails(AccusationCase c) {
        return List.of(StepDetail.text("accusation.field.reportNo", c.getReportNo()),
                StepDetail.text("accusation.field.receivedOn", c.getReceivedOn()),
                StepDetail.key("accusation.field.channel", c.getChannel().labelKey()),
                StepDetail.key("accusation.field.reporter",
                        c.isAnonymous() ? "accusation.reporter.anonymous" : "accusation.reporter.named"),
                StepDetail.text("accusation.field.accused", c.getAccused().stream().map(AccusedCadre::getCadreName)
                        .collect(Collectors.joining("、"))),
                StepDetail.text("accusation.field.allegationCount", c.getAllegations().size()));
    }

    static List<StepDetail> findingDetails(AccusationCase c) {
        List<StepDetail> details = new ArrayList<>();
        for (Allegation a : c.getAllegations()) {
            details.add(new StepDetail("accusation.field.allegationNo", a.getOrdinal() + "", false));
            details.add(StepDetail.key("accusation.field.finding", a.getFinding().labelKey()));
            details.add(StepDetail.text("accusation.field.reason", a.getFindingReason()));
        }
        if (c.getClarificationDueOn() != null) {
            details.add(StepDetail.text("accusation.field.clarificationDue", c.getClarificationDueOn()));
        }
        return details;
    }

    static List<StepDetail> clarificationDetails(String cadreName, LocalDate on, ClarificationForm form,
                                                         Set<Allegation> cleared) {
        List<StepDetail> details = new ArrayList<>();
        details.add(StepDetail.text("accusation.field.cadre", cadreName));
        details.add(StepDetail.text("accusation.field.clarifiedOn", on));
        // One line per method, each a translation key, so the record reads 书面澄清 rather than WRITTEN.
        form.methods().stream().sorted()
                .forEach(m -> details.add(StepDetail.key("accusation.field.methods", m.labelKey())));
        details.add(StepDetail.text("accusation.field.scopeUnits", form.scopeUnits().strip()));
        details.add(StepDetail.text("accusation.field.clearedAllegations", cleared.stream()
                .map(Allegation::getOrdinal).sorted().map(String::valueOf).collect(Collectors.joining("、"))));
        return details;
    }

    /** 澄清 and 归档 logged: the last step on the day it is logged, the others on the day of the finding. */
    private static String loggedLater(StepDefinition step, ProcedureDefinition procedure, QuickLogForm form,
                                      LocalDate today) {
        return step.ordinal() == procedure.size() ? today.toString() : form.foundOn().toString();
    }

    /** One record per step, each marked as logged afterwards, with what that step would have recorded. */
    static List<StepTaken> loggedSteps(AccusationCase c, ProcedureDefinition procedure, QuickLogForm form,
                                       Map<String, List<StepDetail>> clarified, LocalDate today) {
        List<StepTaken> steps = new ArrayList<>();
        for (StepDefinition step : procedure.steps()) {
            AccusationInput input = AccusationInput.of(step);
            List<StepDetail> details = switch (input) {
                case AccusationInput.Intake i -> intakeDetails(c);
                case AccusationInput.Findings f -> findingDetails(c);
                case AccusationInput.Handling h -> AccusationSteps.referral(c);
                case AccusationInput.Clarified k -> clarified.values().stream().flatMap(List::stream).toList();
                default -> List.of();
            };
            String date = switch (input) {
                case AccusationInput.Findings f -> form.foundOn().toString();
                case AccusationInput.Handling h -> form.foundOn().toString();
                case AccusationInput.Clarified k -> loggedLater(step, procedure, form, today);
                case AccusationInput.Opinion o -> loggedLater(step, procedure, form, today);
                default -> form.intake().receivedOn().toString();
            };
            List<StepDetail> all = new ArrayList<>(details);
            all.add(0, StepDetail.text("accusation.field.loggedDate", date));
            steps.add(StepTaken.of(step, null, all));
        }
        return steps;
    }
}
