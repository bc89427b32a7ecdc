package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.workflow.ui.CompleteStepDialog;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.tolerance.ApplicationDetails;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceForms;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.tolerance.ToleranceSubmission;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.ui.AttachmentField;

/**
 * The current step: its form for a user holding the step's role, otherwise whom it waits for. 核实 asks
 * the three exclusion checks; 认定 offers 免责 / 减责 / 不予容错 and says when an exclusion bars 免责.
 */
class ApplicationStepPanel extends Div {

    private final ToleranceService tolerance;
    private final ApplicationDetails a;
    private final Function<Supplier<ApplicationDetails>, Boolean> move;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private AttachmentField attachments;

    ApplicationStepPanel(ToleranceService tolerance, ApplicationDetails a,
                         Function<Supplier<ApplicationDetails>, Boolean> move) {
        this.tolerance = tolerance;
        this.a = a;
        this.move = move;
        addClassName("portal-step-panel");
        setId("step-panel");
        StepDefinition step = a.currentStep();
        if (!a.isOpen()) {
            add(new H3(getTranslation("tolerance.closed.title", getTranslation(a.standing().status().labelKey()))));
            if (a.standing().closedOn() != null) {
                add(new Paragraph(getTranslation("adjustment.closed.on", a.standing().closedOn().toString())));
            }
            return;
        }
        add(new H3(getTranslation("adjustment.step.title", step.ordinal(), step.name(getLocale()))));
        if (!a.mayAct()) {
            Paragraph waiting = new Paragraph(getTranslation("adjustment.step.waiting",
                    getTranslation(step.role().labelKey()), a.standing().stepDueOn().toString()));
            waiting.setId("step-waiting");
            waiting.addClassName("portal-empty-state");
            add(waiting);
            return;
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        ToleranceSubmission submission = new ToleranceSubmission();
        List<Runnable> readers = new ArrayList<>();
        formFields(step, form, submission, readers);
        TextArea opinion = area("opinion", step.opinionRequired() ? "workflow.field.opinion"
                : "workflow.field.opinionOptional", 4000);
        opinion.setRequired(step.opinionRequired());
        form.add(opinion, 2);
        readers.add(() -> submission.setOpinion(opinion.getValue()));
        attachments = new AttachmentField(getTranslation(step.attachmentRequired()
                ? "workflow.field.attachmentsRequired" : "workflow.field.attachments"), "step-attachments");
        fields.put("attachments", attachments);
        form.add(attachments, 2);
        add(form);
        Button complete = new Button(getTranslation("workflow.action.complete"), e -> confirmComplete(submission,
                readers));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("step-complete");
        add(complete);
    }

    private void formFields(StepDefinition step, FormLayout form, ToleranceSubmission s, List<Runnable> readers) {
        switch (step.form()) {
            case ToleranceForms.ACCEPTANCE -> form.add(new Paragraph(getTranslation("tolerance.step.acceptHint")), 2);
            case ToleranceForms.VERIFICATION -> {
                form.add(new Paragraph(getTranslation("tolerance.step.verifyHint")), 2);
                Map<Exclusion, Checkbox> checks = new EnumMap<>(Exclusion.class);
                for (Exclusion e : Exclusion.values()) {
                    Checkbox check = new Checkbox(getTranslation("tolerance.step.exclusionFound",
                            getTranslation(e.labelKey())));
                    check.setId("field-exclusion-" + e.name());
                    checks.put(e, check);
                    form.add(check, 2);
                }
                TextArea opinion = area("verificationOpinion", "tolerance.field.verificationOpinion", 2000);
                form.add(opinion, 2);
                readers.add(() -> {
                    Set<Exclusion> found = EnumSet.noneOf(Exclusion.class);
                    checks.forEach((e, check) -> {
                        if (check.getValue()) {
                            found.add(e);
                        }
                    });
                    s.setExclusionsFound(found);
                    s.setVerificationOpinion(opinion.getValue());
                });
            }
            case ToleranceForms.FINDING -> {
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
                RadioButtonGroup<FindingOutcome> outcome = new RadioButtonGroup<>(getTranslation("tolerance.field.outcome"));
                outcome.setId("field-outcome");
                outcome.setItems(FindingOutcome.values());
                outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
                outcome.setRequiredIndicatorVisible(true);
                fields.put("outcome", outcome);
                TextArea reasons = area("findingReasons", "tolerance.field.findingReasons", 2000);
                form.add(outcome, 2);
                form.add(reasons, 2);
                readers.add(() -> {
                    s.setOutcome(outcome.getValue());
                    s.setFindingReasons(reasons.getValue());
                });
            }
            case ToleranceForms.FEEDBACK -> {
                DatePicker on = new DatePicker(getTranslation("tolerance.field.feedbackOn"));
                on.setId("field-feedbackOn");
                fields.put("feedbackOn", on);
                TextArea note = area("feedbackNote", "tolerance.field.feedbackNote", 2000);
                form.add(on);
                form.add(note, 2);
                readers.add(() -> {
                    s.setFeedbackOn(on.getValue());
                    s.setFeedbackNote(note.getValue());
                });
            }
            case ToleranceForms.FILING -> {
                TextField number = new TextField(getTranslation("tolerance.field.archiveNo"));
                number.setId("field-archiveNo");
                number.setMaxLength(64);
                fields.put("archiveNo", number);
                form.add(number);
                readers.add(() -> s.setArchiveNo(number.getValue()));
            }
            default -> {
            }
        }
    }

    private void confirmComplete(ToleranceSubmission submission, List<Runnable> readers) {
        FieldErrors.clear(fields);
        readers.forEach(Runnable::run);
        submission.setAttachments(attachments.files());
        CompleteStepDialog.open(a.currentStep(), () -> submit(submission));
    }

    /** Completes the step; a refusal about a field (免责 barred, a missing reason) is shown on that field. */
    void submit(ToleranceSubmission submission) {
        try {
            move.apply(() -> tolerance.completeStep(a.id(), a.version(), submission));
        } catch (FieldException e) {
            FieldErrors.show(e, fields);
        }
    }

    private TextArea area(String property, String labelKey, int max) {
        TextArea area = new TextArea(UI.getCurrent().getTranslation(labelKey));
        area.setId("field-" + property);
        area.setMaxLength(max);
        area.setMinHeight("5.5em");
        area.setWidthFull();
        fields.put(property, area);
        return area;
    }
}
