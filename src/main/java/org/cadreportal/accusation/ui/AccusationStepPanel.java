package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadreportal.workflow.ui.CompleteStepDialog;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationFinding;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.FindingForm;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.HandlingForm;
import org.cadreportal.accusation.JointMeetingForm;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.ui.AttachmentField;
import org.cadreportal.workflow.ui.StepCompletion;

/**
 * The current step of a case: its form for a user holding the step's role, otherwise who it waits for.
 * 联席会议研判 records meetings and then completes; 核查 and 归档 take an opinion and files; 认定 a finding
 * per allegation beside the three distinctions; 处理 the referral of a malicious reporter; 澄清 one
 * clarification per cleared cadre, then completes.
 */
class AccusationStepPanel extends Div {

    static final String JOINT_MEETING = "JOINT_MEETING";
    static final String OPINION = "OPINION";
    static final String FINDING = "FINDING";
    static final String HANDLING = "HANDLING";
    static final String CLARIFICATION = "CLARIFICATION";

    private final AccusationService cases;
    private final AccusationDetails d;
    private final AccusationView view;
    private boolean showsMeetings;

    AccusationStepPanel(AccusationService cases, AccusationDetails d, AccusationView view) {
        this.cases = cases;
        this.d = d;
        this.view = view;
        addClassName("portal-step-panel");
        setId("step-panel");
        if (!d.isOpen()) {
            closed();
            return;
        }
        StepDefinition step = d.currentStep();
        add(StepCompletion.title("accusation.step.title", step));
        if (!d.mayAct()) {
            add(StepCompletion.waiting("accusation.step.waiting", d.standing()));
            return;
        }
        switch (step.form()) {
            case JOINT_MEETING -> jointMeeting(step);
            case FINDING -> findings();
            case HANDLING -> handling();
            case CLARIFICATION -> clarification(step);
            default -> completion(step.opinionRequired(), step.attachmentRequired(), "workflow.action.complete",
                    new HashMap<>());
        }
    }

    /** True when this panel lists the case's meetings itself (the page then leaves them out). */
    boolean showsMeetings() {
        return showsMeetings;
    }

    private void closed() {
        StepCompletion.closed(this, "accusation.closed.title", "accusation.closed.on", d.standing());
        if (d.header().quickLogged()) {
            Paragraph logged = new Paragraph(getTranslation("accusation.closed.quickLogged"));
            logged.addClassName("portal-hint");
            logged.setId("case-quick-logged-note");
            add(logged);
        }
    }

    // --- 联席会议研判 ---------------------------------------------------------------------------

    private void jointMeeting(StepDefinition step) {
        showsMeetings = true;
        add(new H4(getTranslation("accusation.meetings.title")), CaseSections.meetings(d));
        DatePicker date = new DatePicker(getTranslation("accusation.field.meetingDate"));
        date.setId("meeting-date");
        date.setMax(LocalDate.now(view.clock()));
        date.setMin(d.header().receivedOn());
        date.setRequiredIndicatorVisible(true);
        TextField members = new TextField(getTranslation("accusation.field.memberUnits"));
        members.setId("meeting-members");
        members.setMaxLength(500);
        members.setRequired(true);
        members.setPlaceholder(getTranslation("accusation.meetings.membersHint"));
        members.setWidth("22em");
        TextArea conclusions = new TextArea(getTranslation("accusation.field.conclusions"));
        conclusions.setId("meeting-conclusions");
        conclusions.setMaxLength(2000);
        conclusions.setRequired(true);
        conclusions.setWidthFull();
        conclusions.setMinHeight("4.5em");
        Map<String, HasValidation> fields = Map.of("meetingDate", date, "memberUnits", members,
                "conclusions", conclusions);
        Button record = new Button(getTranslation("accusation.action.addMeeting"), e -> view.submit(fields, () ->
                cases.addMeeting(d.id(), d.version(), new JointMeetingForm(date.getValue(), members.getValue(),
                        conclusions.getValue()))));
        record.setId("meeting-add");
        Div line = new Div(date, members);
        line.addClassName("portal-inline-form");
        Div form = new Div(new H4(getTranslation("accusation.meetings.add")), line, conclusions, record);
        form.addClassName("portal-subform");
        add(form);
        Map<String, HasValidation> completeFields = new HashMap<>();
        completeFields.put("meetingDate", date);
        completion(step.opinionRequired(), step.attachmentRequired(), "workflow.action.complete", completeFields);
    }

    // --- 核查, 归档 and the end of 联席会议研判 and 澄清 ---------------------------------------------

    /** The opinion, the files and the button that completes the step (after a confirmation). */
    private void completion(boolean opinionRequired, boolean filesRequired, String buttonKey,
                            Map<String, HasValidation> fields) {
        TextArea opinion = opinion(opinionRequired);
        AttachmentField files = AttachmentField.forStep(filesRequired);
        fields.put("opinion", opinion);
        fields.put("attachments", files);
        Button complete = new Button(getTranslation(buttonKey), e -> confirm(() -> view.submit(fields, () ->
                cases.completeStep(d.id(), d.version(), new StepNote(opinion.getValue(), files.files())))));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("step-complete");
        Div box = new Div(opinion, files, complete);
        box.addClassName("portal-step-completion");
        add(box);
    }

    private TextArea opinion(boolean required) {
        TextArea opinion = new TextArea(getTranslation(required ? "workflow.field.opinion"
                : "workflow.field.opinionOptional"));
        opinion.setId("field-opinion");
        opinion.setRequired(required);
        opinion.setMaxLength(4000);
        opinion.setMinHeight("4.5em");
        opinion.setWidthFull();
        return opinion;
    }

    // --- 认定 -------------------------------------------------------------------------------------

    private void findings() {
        Map<String, HasValidation> fields = new HashMap<>();
        Map<AccusationDetails.Allegation, FindingInput> inputs = new LinkedHashMap<>();
        Div list = new Div();
        list.addClassName("portal-finding-list");
        for (AccusationDetails.Allegation a : d.header().allegations()) {
            String key = String.valueOf(a.id());
            Paragraph text = new Paragraph(getTranslation("accusation.allegation.line", a.ordinal(), a.cadreName(),
                    a.content()));
            text.addClassName("portal-allegation-text");
            FindingInput input = new FindingInput(key);
            input.putFields(fields, key);
            inputs.put(a, input);
            Div item = new Div(text, input);
            item.addClassName("portal-finding-item");
            list.add(item);
        }
        TextArea opinion = opinion(false);
        fields.put("opinion", opinion);
        Button submit = new Button(getTranslation("accusation.action.recordFindings"), e -> confirm(() ->
                view.submit(fields, () -> cases.recordFindings(d.id(), d.version(), new FindingForm(
                        inputs.entrySet().stream().map(i -> new AllegationFinding(i.getKey().id(),
                                i.getValue().finding(), i.getValue().reason())).toList(), opinion.getValue())))));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("findings-submit");
        Paragraph due = new Paragraph(getTranslation("accusation.finding.clockHint"));
        due.addClassName("portal-hint");
        Div form = new Div(list, opinion, due, submit);
        form.addClassName("portal-grow");
        Div layout = new Div(form, Distinctions.box());
        layout.addClassName("portal-finding-layout");
        add(layout);
    }

    // --- 处理 -------------------------------------------------------------------------------------

    private void handling() {
        Map<String, HasValidation> fields = new HashMap<>();
        boolean fabricated = d.hasFabricated();
        TextField referredTo = new TextField(getTranslation("accusation.field.referredTo"));
        DatePicker referredOn = new DatePicker(getTranslation("accusation.field.referredOn"));
        if (fabricated) {
            String which = d.header().allegations().stream().filter(a -> a.finding() == FindingType.FABRICATED)
                    .map(a -> String.valueOf(a.ordinal())).collect(Collectors.joining("、"));
            Paragraph hint = new Paragraph(getTranslation("accusation.handling.fabricated", which));
            hint.addClassName("portal-text-danger");
            hint.setId("handling-referral-hint");
            referredTo.setId("field-referredTo");
            referredTo.setMaxLength(100);
            referredTo.setRequired(true);
            referredTo.setPlaceholder(getTranslation("accusation.handling.referredToHint"));
            referredTo.setWidth("20em");
            referredOn.setId("field-referredOn");
            referredOn.setRequiredIndicatorVisible(true);
            referredOn.setMin(d.steps().foundOn());
            referredOn.setMax(LocalDate.now(view.clock()));
            fields.put("referredTo", referredTo);
            fields.put("referredOn", referredOn);
            Div line = new Div(referredTo, referredOn);
            line.addClassName("portal-inline-form");
            add(hint, line);
        } else {
            Paragraph hint = new Paragraph(getTranslation("accusation.handling.none"));
            hint.addClassName("portal-hint");
            add(hint);
        }
        TextArea opinion = opinion(!fabricated);
        fields.put("opinion", opinion);
        Button submit = new Button(getTranslation("accusation.action.recordHandling"), e -> confirm(() ->
                view.submit(fields, () -> cases.recordHandling(d.id(), d.version(), new HandlingForm(
                        fabricated ? referredTo.getValue() : null, fabricated ? referredOn.getValue() : null,
                        opinion.getValue())))));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("handling-submit");
        add(opinion, submit);
    }

    // --- 澄清 -------------------------------------------------------------------------------------

    private void clarification(StepDefinition step) {
        boolean due = d.header().allegations().stream().anyMatch(a -> a.finding() != null && a.finding().clears());
        List<AccusationDetails.Accused> waiting = d.awaitingClarification();
        for (AccusationDetails.Accused cadre : waiting) {
            add(clarifyForm(cadre));
        }
        Paragraph state = new Paragraph(getTranslation(!due ? "accusation.clarify.noneDue"
                : waiting.isEmpty() ? "accusation.clarify.allDone" : "accusation.clarify.pending",
                waiting.stream().map(AccusationDetails.Accused::name).collect(Collectors.joining("、"))));
        state.addClassName("portal-hint");
        state.setId("clarify-state");
        add(state);
        Map<String, HasValidation> fields = new HashMap<>();
        ErrorLine missing = new ErrorLine("clarify-missing");
        fields.put("clarification", missing);
        add(missing);
        completion(!due || step.opinionRequired(), step.attachmentRequired(), "accusation.action.completeClarification",
                fields);
    }

    private Div clarifyForm(AccusationDetails.Accused cadre) {
        String prefix = "field-clarify-" + cadre.cadreId() + "-";
        CheckboxGroup<AccusationDetails.Allegation> cleared = new CheckboxGroup<>(
                getTranslation("accusation.field.clearedAllegations"));
        cleared.setId(prefix + "allegations");
        List<AccusationDetails.Allegation> clearing = d.header().allegations().stream()
                .filter(a -> a.cadreId() == cadre.cadreId() && a.finding() != null && a.finding().clears()).toList();
        cleared.setItems(clearing);
        cleared.setItemLabelGenerator(a -> getTranslation("accusation.allegation.cleared", a.ordinal(), a.content(),
                getTranslation(a.finding().labelKey())));
        cleared.setValue(Set.copyOf(clearing));
        cleared.setHelperText(getTranslation("accusation.clarify.scopeHint"));
        cleared.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        ClarificationFields how = new ClarificationFields(prefix);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("allegationIds", cleared);
        how.putFields(fields);
        Button record = new Button(getTranslation("accusation.action.addClarification"), e -> view.submit(fields, () ->
                cases.addClarification(d.id(), d.version(), new ClarificationForm(cadre.cadreId(), how.clarifiedOn(),
                        how.methods(), how.scopeUnits(), how.noticeText(), cleared.getValue().stream()
                        .map(AccusationDetails.Allegation::id).toList()))));
        record.setId("clarify-add-" + cadre.cadreId());
        Div form = new Div(new H4(getTranslation("accusation.clarify.for", cadre.name())), cleared, how, record);
        form.addClassName("portal-subform");
        form.setId("clarify-" + cadre.cadreId());
        return form;
    }

    /** Completing a step cannot be undone: the user confirms first. */
    private void confirm(Runnable action) {
        CompleteStepDialog.open(d.currentStep(), action);
    }
}
