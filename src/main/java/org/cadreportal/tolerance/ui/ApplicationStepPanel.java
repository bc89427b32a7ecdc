package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceInput;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.workflow.ui.CaseStepPanel;
import org.cadreportal.workflow.ui.StepCompletion;

/**
 * The current step: its form for a user holding the step's role, otherwise whom it waits for. The fields
 * follow the type of the step's input ({@link ToleranceInput}), as the service does. 核实 asks the three
 * exclusion checks; 认定 offers 免责 / 减责 / 不予容错 and says when an exclusion bars 免责.
 */
class ApplicationStepPanel extends CaseStepPanel {

    private final ApplicationDetails a;

    ApplicationStepPanel(ToleranceService tolerance, ApplicationDetails a,
                         Function<Supplier<ApplicationDetails>, Boolean> move) {
        this.a = a;
        if (opened(a, "tolerance.closed.title", "adjustment.closed.on", "adjustment.step.title")
                && acts(a.mayAct(), a.standing(), "adjustment.step.waiting")) {
            // A refusal about a field (免责 barred, a missing reason) is shown on that field.
            form(a.currentStep(), form -> fields(ToleranceInput.of(a.currentStep()), form),
                    (input, note) -> move.apply(() -> tolerance.completeStep(a.id(), a.version(), input.get(), note)));
        }
    }

    /** The fields of the step's own input, and how to read them back as that input when the user completes. */
    private Supplier<ToleranceInput> fields(ToleranceInput empty, StepCompletion form) {
        return switch (empty) {
            case ToleranceInput.Acceptance acceptance -> {
                form.add(new Paragraph(getTranslation("tolerance.step.acceptHint")), 2);
                yield () -> acceptance;
            }
            case ToleranceInput.Verification verification -> {
                form.add(new Paragraph(getTranslation("tolerance.step.verifyHint")), 2);
                Map<Exclusion, Checkbox> checks = new EnumMap<>(Exclusion.class);
                for (Exclusion e : Exclusion.values()) {
                    Checkbox check = new Checkbox(getTranslation("tolerance.step.exclusionFound",
                            getTranslation(e.labelKey())));
                    check.setId("field-exclusion-" + e.name());
                    checks.put(e, check);
                    form.add(check, 2);
                }
                TextArea opinion = form.area("verificationOpinion", "tolerance.field.verificationOpinion", 2000);
                form.add(opinion, 2);
                yield () -> new ToleranceInput.Verification(checks.entrySet().stream()
                        .filter(c -> c.getValue().getValue()).map(Map.Entry::getKey).collect(Collectors.toSet()),
                        opinion.getValue());
            }
            case ToleranceInput.Finding finding -> finding(form);
            case ToleranceInput.Feedback feedback -> {
                DatePicker on = form.date("feedbackOn", "tolerance.field.feedbackOn");
                TextArea note = form.area("feedbackNote", "tolerance.field.feedbackNote", 2000);
                form.add(on);
                form.add(note, 2);
                yield () -> new ToleranceInput.Feedback(on.getValue(), note.getValue());
            }
            case ToleranceInput.Filing filing -> {
                TextField number = form.field("archiveNo", new TextField(getTranslation("tolerance.field.archiveNo")));
                number.setMaxLength(64);
                form.add(number);
                yield () -> new ToleranceInput.Filing(number.getValue());
            }
            case ToleranceInput.Application application -> () -> application;
        };
    }

    private Supplier<ToleranceInput> finding(StepCompletion form) {
        // 三个区分开来, the guide for every finding, above the choice.
        Div distinctions = new Div(new H4(getTranslation("tolerance.step.distinctionsTitle")),
                new Paragraph(getTranslation("tolerance.step.threeDistinctions")));
        distinctions.addClassName("portal-distinctions");
        distinctions.setId("finding-distinctions");
        form.add(distinctions, 2);
        Set<Exclusion> found = a.steps().verification().found();
        if (!found.isEmpty()) {
            Paragraph barred = new Paragraph(getTranslation("tolerance.step.exemptBarred",
                    found.stream().map(e -> getTranslation(e.labelKey()))
                            .collect(Collectors.joining(getTranslation("common.separator")))));
            barred.addClassName("portal-text-danger");
            barred.setId("finding-barred");
            form.add(barred, 2);
        }
        RadioButtonGroup<FindingOutcome> outcome = form.field("outcome",
                new RadioButtonGroup<>(getTranslation("tolerance.field.outcome")));
        outcome.setItems(FindingOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setRequiredIndicatorVisible(true);
        TextArea reasons = form.area("findingReasons", "tolerance.field.findingReasons", 2000);
        form.add(outcome, 2);
        form.add(reasons, 2);
        return () -> new ToleranceInput.Finding(outcome.getValue(), reasons.getValue());
    }
}
