package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.workflow.ui.CompleteStepDialog;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.StepSubmission;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.workflow.ui.AttachmentField;
import org.cadreportal.workflow.ui.TypedInput;
import org.cadreportal.workflow.StepDefinition;

/**
 * The current step: its form for a user holding the step's role, otherwise who it waits for. What
 * each form asks follows the step's form (see {@link StepForms}); 讨论决定 is the meeting panel.
 */
class StepPanel extends Div {

    private final AdjustmentService cases;
    private final CaseDetails c;
    private final Function<Supplier<CaseDetails>, Boolean> move;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private AttachmentField attachments;
    private MeetingPanel meeting;

    StepPanel(AdjustmentService cases, CaseDetails c, CurrentUser user, Function<Supplier<CaseDetails>, Boolean> move) {
        this.cases = cases;
        this.c = c;
        this.move = move;
        addClassName("portal-step-panel");
        setId("step-panel");
        StepDefinition step = c.currentStep();
        if (!c.isOpen()) {
            add(new H3(getTranslation("adjustment.closed.title", getTranslation(c.standing().status().labelKey()))));
            if (c.standing().closedOn() != null) {
                add(new Paragraph(getTranslation("adjustment.closed.on", c.standing().closedOn().toString())));
            }
            return;
        }
        add(new H3(getTranslation("adjustment.step.title", step.ordinal(), step.name(getLocale()))));
        if (StepForms.DECISION.equals(step.form())) {
            meeting = new MeetingPanel(cases, c, move);
            add(meeting);
            if (!c.viewer().mayAct() && !c.viewer().mayVote()) {
                add(waiting(step));
            }
            return;
        }
        if (!c.viewer().mayAct()) {
            add(waiting(step));
            return;
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        StepSubmission submission = new StepSubmission();
        List<Runnable> readers = new ArrayList<>();
        formFields(step, form, submission, readers);
        TextArea opinion = area("opinion", step.opinionRequired() ? "workflow.field.opinion"
                : "workflow.field.opinionOptional",
                4000);
        opinion.setRequired(step.opinionRequired());
        form.add(opinion, 2);
        readers.add(() -> submission.setOpinion(opinion.getValue()));
        attachments = attachmentField(step.attachmentRequired());
        fields.put("attachments", attachments);
        form.add(attachments, 2);
        add(form);
        Button complete = new Button(getTranslation("workflow.action.complete"), e -> confirmComplete(submission,
                readers));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("step-complete");
        add(complete);
    }

    /** 讨论决定's count and close, which the case page puts on top (in view without scrolling). */
    java.util.Optional<com.vaadin.flow.component.Component> meetingHead() {
        return java.util.Optional.ofNullable(meeting).map(MeetingPanel::head);
    }

    /** Follows a vote or an attendance change on the meeting shown; false when there is no meeting panel. */
    boolean updateMeeting(CaseDetails d) {
        if (meeting == null) {
            return false;
        }
        meeting.update(d);
        return true;
    }

    /** What the user has typed into this step's fields, by field id. */
    Map<String, Object> typed() {
        return TypedInput.read(this);
    }

    /** Puts typed values back after the case was redrawn on the same step (a visit, a vote, a refusal). */
    void restore(Map<String, Object> values) {
        TypedInput.restore(this, values);
    }

    private Paragraph waiting(StepDefinition step) {
        Paragraph p = new Paragraph(getTranslation("adjustment.step.waiting", getTranslation(step.role().labelKey()),
                c.standing().stepDueOn().toString()));
        p.setId("step-waiting");
        p.addClassName("portal-empty-state");
        return p;
    }

    private void formFields(StepDefinition step, FormLayout form, StepSubmission s, List<Runnable> readers) {
        switch (step.form()) {
            case StepForms.OPINION -> {
                if (c.header().direction() == Direction.DOWN && step.ordinal() == 2) {
                    MultiSelectComboBox<ReferenceRow> situations = new MultiSelectComboBox<>(
                            getTranslation("adjustment.field.situations"));
                    situations.setId("field-situationIds");
                    List<ReferenceRow> all = cases.situations(true);
                    situations.setItems(all);
                    situations.setItemLabelGenerator(r -> r.name(getLocale()));
                    situations.setValue(all.stream().filter(r -> c.header().situations().stream()
                            .anyMatch(x -> x.id() == r.id())).collect(Collectors.toSet()));
                    situations.setHelperText(getTranslation("adjustment.step.situationsHint"));
                    fields.put("situationIds", situations);
                    form.add(situations, 2);
                    readers.add(() -> s.setSituationIds(situations.getValue().stream().map(ReferenceRow::id)
                            .collect(Collectors.toSet())));
                }
            }
            case StepForms.WARNING -> {
                DatePicker date = date("warningDate", "adjustment.field.warningDate");
                DatePicker deadline = date("improvementDeadline", "adjustment.field.improvementDeadline");
                TextArea content = area("warningContent", "adjustment.field.warningContent", 1000);
                form.add(date, deadline);
                form.add(content, 2);
                readers.add(() -> {
                    s.setWarningDate(date.getValue());
                    s.setImprovementDeadline(deadline.getValue());
                    s.setWarningContent(content.getValue());
                });
            }
            case StepForms.STATEMENT -> {
                TextArea statement = area("statement", "adjustment.field.statement", 2000);
                form.add(statement, 2);
                readers.add(() -> s.setStatement(statement.getValue()));
            }
            case StepForms.PROPOSAL -> {
                if (c.header().direction() == Direction.DOWN) {
                    Select<ReferenceRow> method = new Select<>();
                    method.setLabel(getTranslation("adjustment.field.method"));
                    method.setId("field-methodId");
                    method.setItems(cases.methods(true));
                    method.setItemLabelGenerator(r -> r == null ? "" : r.name(getLocale()));
                    fields.put("methodId", method);
                    form.add(method, 2);
                    readers.add(() -> s.setMethodId(method.getValue() == null ? null : method.getValue().id()));
                }
                TextField post = new TextField(getTranslation("adjustment.field.proposedPost"));
                post.setId("field-proposedPost");
                post.setMaxLength(100);
                Select<CadreRank> rank = new Select<>();
                rank.setLabel(getTranslation("adjustment.field.proposedRank"));
                rank.setId("field-proposedRank");
                rank.setItems(CadreRank.values());
                rank.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
                rank.setValue(c.header().formerRank());
                fields.put("proposedPost", post);
                fields.put("proposedRank", rank);
                form.add(post, rank);
                readers.add(() -> {
                    s.setProposedPost(post.getValue());
                    s.setProposedRank(rank.getValue());
                });
            }
            case StepForms.CONSULTATION -> {
                TextArea integrity = area("integrityOpinion", "adjustment.field.integrityOpinion", 2000);
                form.add(integrity, 2);
                readers.add(() -> s.setIntegrityOpinion(integrity.getValue()));
            }
            case StepForms.TALK -> {
                TextArea talk = area("talkRecord", "adjustment.field.talkRecord", 2000);
                form.add(talk, 2);
                readers.add(() -> s.setTalkRecord(talk.getValue()));
            }
            case StepForms.APPOINTMENT -> {
                Paragraph decided = new Paragraph(getTranslation("adjustment.step.decided",
                        c.steps().proposal().post() == null ? "—" : c.steps().proposal().post(),
                        c.steps().proposal().rank() == null ? "—"
                                : getTranslation(c.steps().proposal().rank().labelKey())));
                form.add(decided, 2);
                TextField document = new TextField(getTranslation("adjustment.field.documentNo"));
                document.setId("field-documentNo");
                document.setMaxLength(64);
                fields.put("documentNo", document);
                DatePicker effective = date("effectiveDate", "adjustment.field.effectiveDate");
                form.add(document, effective);
                readers.add(() -> {
                    s.setDocumentNo(document.getValue());
                    s.setEffectiveDate(effective.getValue());
                });
            }
            case StepForms.FOLLOW_UP -> {
                form.add(new VisitsPanel(cases, c, move), 2);
                TextArea assessment = area("closingAssessment", "adjustment.field.closingAssessment", 2000);
                Checkbox reuse = new Checkbox(getTranslation("adjustment.field.reuse"));
                reuse.setId("field-reuse");
                form.add(assessment, 2);
                form.add(reuse, 2);
                readers.add(() -> {
                    s.setClosingAssessment(assessment.getValue());
                    s.setReuseRecommended(reuse.getValue());
                });
            }
            default -> {
            }
        }
    }

    private void confirmComplete(StepSubmission submission, List<Runnable> readers) {
        FieldErrors.clear(fields);
        readers.forEach(Runnable::run);
        submission.setAttachments(attachments.files());
        CompleteStepDialog.open(c.currentStep(), () -> submit(submission));
    }

    private void submit(StepSubmission submission) {
        try {
            move.apply(() -> cases.completeStep(c.id(), c.version(), submission));
        } catch (FieldException e) {
            FieldErrors.show(e, fields);
        }
    }

    private TextArea area(String property, String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId("field-" + property);
        area.setMaxLength(max);
        area.setMinHeight("5.5em");
        area.setWidthFull();
        fields.put(property, area);
        return area;
    }

    private DatePicker date(String property, String labelKey) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId("field-" + property);
        fields.put(property, picker);
        return picker;
    }


    /** The step's files, with a caption that says whether the step needs one. */
    static AttachmentField attachmentField(boolean required) {
        return new AttachmentField(com.vaadin.flow.component.UI.getCurrent().getTranslation(required
                ? "workflow.field.attachmentsRequired" : "workflow.field.attachments"), "step-attachments");
    }

}
