package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ProbationResult;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.workflow.ui.CaseStepPanel;
import org.cadreportal.workflow.ui.StepCompletion;
import org.cadreportal.workflow.StepDefinition;

/**
 * The current step: its form for a user holding the step's role, otherwise who it waits for. The fields
 * follow the type of the step's input ({@link StepInput}), as the service does; 讨论决定 is the meeting panel.
 */
class StepPanel extends CaseStepPanel {

    private final AdjustmentService cases;
    private final CaseDetails c;
    private final Function<Supplier<CaseDetails>, Boolean> move;
    private MeetingPanel meeting;

    StepPanel(AdjustmentService cases, CaseDetails c, CurrentUser user, Function<Supplier<CaseDetails>, Boolean> move) {
        this.cases = cases;
        this.c = c;
        this.move = move;
        if (!opened(c, "adjustment.closed.title", "adjustment.closed.on", "adjustment.step.title")) {
            return;
        }
        StepDefinition step = c.currentStep();
        StepInput empty = StepInput.of(step);
        if (empty instanceof StepInput.Decision) {
            meeting = new MeetingPanel(cases, c, move);
            add(meeting);
            acts(c.viewer().mayAct() || c.viewer().mayVote(), c.standing(), "adjustment.step.waiting");
            return;
        }
        if (acts(c.viewer().mayAct(), c.standing(), "adjustment.step.waiting")) {
            form(step, form -> {
                Supplier<StepInput> input = fields(empty, step, form);
                form.markRequired(empty.getClass());
                return input;
            },
                    (input, note) -> move.apply(() -> cases.completeStep(c.id(), c.version(), input.get(), note)));
        }
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

    /** The fields of the step's own input, and how to read them back as that input when the user completes. */
    private Supplier<StepInput> fields(StepInput empty, StepDefinition step, StepCompletion form) {
        return switch (empty) {
            case StepInput.Opinion opinionIn when c.header().direction() == Direction.DOWN && step.ordinal() == 2 -> {
                MultiSelectComboBox<ReferenceRow> situations = form.field("situationIds",
                        new MultiSelectComboBox<>(getTranslation("adjustment.field.situations")));
                List<ReferenceRow> all = cases.situations(true);
                situations.setItems(all);
                situations.setItemLabelGenerator(r -> r.name(getLocale()));
                situations.setValue(all.stream().filter(r -> c.header().situations().stream()
                        .anyMatch(x -> x.id() == r.id())).collect(Collectors.toSet()));
                situations.setHelperText(getTranslation("adjustment.step.situationsHint"));
                form.add(situations, 2);
                yield () -> new StepInput.Opinion(situations.getValue().stream().map(ReferenceRow::id)
                        .collect(Collectors.toSet()));
            }
            case StepInput.Warning warningIn -> {
                DatePicker date = form.date("warningDate", "adjustment.field.warningDate");
                DatePicker deadline = form.date("improvementDeadline", "adjustment.field.improvementDeadline");
                TextArea content = form.area("warningContent", "adjustment.field.warningContent", 1000);
                form.add(date, deadline);
                form.add(content, 2);
                yield () -> new StepInput.Warning(date.getValue(), content.getValue(), deadline.getValue());
            }
            case StepInput.Statement statementIn -> {
                TextArea statement = form.area("statement", "adjustment.field.statement", 2000);
                form.add(statement, 2);
                yield () -> new StepInput.Statement(statement.getValue());
            }
            case StepInput.Proposal proposalIn -> proposal(form);
            case StepInput.Consultation consultationIn -> {
                TextArea integrity = form.area("integrityOpinion", "adjustment.field.integrityOpinion", 2000);
                form.add(integrity, 2);
                yield () -> new StepInput.Consultation(integrity.getValue());
            }
            case StepInput.Talk talkIn -> {
                TextArea talk = form.area("talkRecord", "adjustment.field.talkRecord", 2000);
                form.add(talk, 2);
                yield () -> new StepInput.Talk(talk.getValue());
            }
            case StepInput.Appointment appointmentIn -> {
                form.add(new Paragraph(getTranslation("adjustment.step.decided",
                        c.steps().proposal().post() == null ? "—" : c.steps().proposal().post(),
                        c.steps().proposal().rank() == null ? "—"
                                : getTranslation(c.steps().proposal().rank().labelKey()))), 2);
                TextField document = form.field("documentNo",
                        new TextField(getTranslation("adjustment.field.documentNo")));
                document.setMaxLength(64);
                DatePicker effective = form.date("effectiveDate", "adjustment.field.effectiveDate");
                form.add(document, effective);
                yield () -> new StepInput.Appointment(document.getValue(), effective.getValue());
            }
            case StepInput.FollowUp followUpIn -> {
                form.add(new VisitsPanel(cases, c, move), 2);
                TextArea assessment = form.area("closingAssessment", "adjustment.field.closingAssessment", 2000);
                Checkbox reuse = new Checkbox(getTranslation("adjustment.field.reuse"));
                reuse.setId("field-reuse");
                form.add(assessment, 2);
                form.add(reuse, 2);
                yield () -> new StepInput.FollowUp(assessment.getValue(), reuse.getValue());
            }
            case StepInput.Probation probationIn -> {
                RadioButtonGroup<ProbationResult> result = form.field("result",
                        new RadioButtonGroup<>(getTranslation("adjustment.field.probationResult")));
                result.setItems(ProbationResult.values());
                result.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
                TextArea assessment = form.area("assessment", "adjustment.field.probationAssessment", 2000);
                form.add(result, 2);
                form.add(assessment, 2);
                yield () -> new StepInput.Probation(result.getValue(), assessment.getValue());
            }
            case StepInput.Initiation initiationIn -> () -> empty;
            case StepInput.Opinion opinionIn -> () -> empty;
            case StepInput.Decision decisionIn -> () -> empty;
        };
    }

    private Supplier<StepInput> proposal(StepCompletion form) {
        Select<ReferenceRow> method = new Select<>();
        if (c.header().direction() == Direction.DOWN) {
            form.field("methodId", method);
            method.setLabel(getTranslation("adjustment.field.method"));
            method.setItems(cases.methods(true));
            method.setItemLabelGenerator(r -> r == null ? "" : r.name(getLocale()));
            form.add(method, 2);
        }
        TextField post = form.field("proposedPost", new TextField(getTranslation("adjustment.field.proposedPost")));
        post.setMaxLength(100);
        Select<CadreRank> rank = form.field("proposedRank", new Select<>());
        rank.setLabel(getTranslation("adjustment.field.proposedRank"));
        rank.setItems(CadreRank.values());
        rank.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
        rank.setValue(c.header().formerRank());
        form.add(post, rank);
        return () -> new StepInput.Proposal(method.getValue() == null ? null : method.getValue().id(),
                post.getValue(), rank.getValue());
    }
}
