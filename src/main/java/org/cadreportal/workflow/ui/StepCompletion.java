package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.workflow.CaseStanding;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepNote;

/**
 * The form that completes a case's current step, the same for every case type: the fields of the step's
 * own input (the case type adds them, each with the id {@code field-<property>} the service's refusals
 * name), then the opinion and the files the step's settings ask for, then 完成本步, which asks before it
 * completes and puts a refusal about a field on that field. The static parts are the rest of a step panel
 * every case type shows: the step's title, whom it waits for, and a concluded case's status.
 */
public class StepCompletion extends FormLayout {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final StepDefinition step;

    public StepCompletion(StepDefinition step) {
        this.step = step;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** Registers an input of the step's form under its property, giving it the id the page keeps typed values by. */
    public <F extends Component & HasValidation> F field(String property, F field) {
        field.setId("field-" + property);
        fields.put(property, field);
        return field;
    }

    public TextArea area(String property, String labelKey, int max) {
        TextArea area = field(property, new TextArea(getTranslation(labelKey)));
        area.setMaxLength(max);
        area.setMinHeight("5.5em");
        area.setWidthFull();
        return area;
    }

    public DatePicker date(String property, String labelKey) {
        return field(property, new DatePicker(getTranslation(labelKey)));
    }

    /**
     * Marks the fields whose property the step's input type requires ({@code @NotNull}, {@code @NotBlank} on a
     * record component), so what must be filled in shows before 完成本步 rather than in its refusal.
     */
    public void markRequired(Class<?> input) {
        RecordComponent[] components = input.isRecord() ? input.getRecordComponents() : new RecordComponent[0];
        for (RecordComponent c : components) {
            // Bean Validation's annotations do not target record components: they land on the accessor.
            boolean required = c.getAccessor().isAnnotationPresent(NotNull.class)
                    || c.getAccessor().isAnnotationPresent(NotBlank.class);
            if (required && fields.get(c.getName()) instanceof HasValue<?, ?> field) {
                field.setRequiredIndicatorVisible(true);
            }
        }
    }

    /** Shows a refusal about {@code property} on a part of the panel outside this form (its id unchanged). */
    public void reports(String property, HasValidation part) {
        fields.put(property, part);
    }

    /**
     * Adds the opinion and the files, and returns the button that completes the step: after the user
     * confirms, {@code complete} is handed the opinion and files and makes the service call.
     */
    public Button completeButton(Consumer<StepNote> complete) {
        return completeButton("step-complete", "workflow.action.complete", step.opinionRequired(), true, complete);
    }

    /**
     * The same under the step's own label and id, with the opinion marked required or not as the case stands,
     * and the files field only when {@code files}.
     */
    public Button completeButton(String id, String labelKey, boolean opinionRequired, boolean files,
                                 Consumer<StepNote> complete) {
        TextArea opinion = area("opinion", opinionRequired ? "workflow.field.opinion"
                : "workflow.field.opinionOptional", 4000);
        opinion.setRequired(opinionRequired);
        add(opinion, 2);
        AttachmentField attachments = files ? AttachmentField.forStep(step.attachmentRequired()) : null;
        if (attachments != null) {
            fields.put("attachments", attachments);
            add(attachments, 2);
        }
        Button button = new Button(getTranslation(labelKey), e -> {
            FieldErrors.clear(fields);
            StepNote note = new StepNote(opinion.getValue(), attachments == null ? List.of() : attachments.files());
            CompleteStepDialog.open(step, () -> submit(() -> complete.accept(note)));
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId(id);
        return button;
    }

    private void submit(Runnable call) {
        try {
            call.run();
        } catch (FieldException e) {
            FieldErrors.show(e, fields);
        } catch (ConstraintViolationException e) {
            if (!FieldErrors.show(e, fields)) {
                Notices.error("validation.invalid");
            }
        }
    }

    /** 第N步：name, over the step's panel. */
    public static H3 title(String key, StepDefinition step) {
        UI ui = UI.getCurrent();
        return new H3(ui.getTranslation(key, step.ordinal(), step.name(ui.getLocale())));
    }

    /** For a viewer who may not act: whom the step waits for and when it is due. */
    public static Paragraph waiting(String key, CaseStanding standing) {
        Paragraph p = new Paragraph(UI.getCurrent().getTranslation(key,
                UI.getCurrent().getTranslation(standing.currentStep().role().labelKey()), standing.stepDueOn().toString()));
        p.setId("step-waiting");
        p.addClassName("portal-empty-state");
        return p;
    }

    /** A concluded case's panel: its status, and the day it closed. */
    public static void closed(HasComponents panel, String titleKey, String onKey, CaseStanding standing) {
        UI ui = UI.getCurrent();
        panel.add(new H3(ui.getTranslation(titleKey, ui.getTranslation(standing.status().labelKey()))));
        if (standing.closedOn() != null) {
            panel.add(new Paragraph(ui.getTranslation(onKey, standing.closedOn().toString())));
        }
    }
}
