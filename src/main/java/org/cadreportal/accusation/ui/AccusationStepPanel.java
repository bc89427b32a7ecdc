package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
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
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.accusation.AllegationFinding;
import org.cadreportal.accusation.ClarificationForm;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.JointMeetingForm;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.ui.CaseStepPanel;
import org.cadreportal.workflow.ui.StepCompletion;

/**
 * The current step of a case: its form for a user holding the step's role, otherwise who it waits for. The
 * fields follow the type of the step's input ({@link AccusationInput}), as the service does. 联席会议研判
 * records meetings and then completes; 核查 and 归档 take an opinion and files; 认定 a finding per allegation
 * beside the three distinctions; 处理 the referral of a malicious reporter; 澄清 one clarification per cleared
 * cadre, then completes.
 */
class AccusationStepPanel extends CaseStepPanel {

    private final AccusationService cases;
    private final AccusationDetails d;
    private final AccusationView view;
    private boolean showsMeetings;

    AccusationStepPanel(AccusationService cases, AccusationDetails d, AccusationView view) {
        this.cases = cases;
        this.d = d;
        this.view = view;
        if (!opened(d, "accusation.closed.title", "accusation.closed.on", "accusation.step.title")) {
            quickLogged();
            return;
        }
        if (!acts(d.mayAct(), d.standing(), "accusation.step.waiting")) {
            return;
        }
        StepDefinition step = d.currentStep();
        StepCompletion form = new StepCompletion(step);
        form.addClassName("portal-step-completion");
        switch (AccusationInput.of(step)) {
            case AccusationInput.JointReview review -> jointMeeting(form, review);
            case AccusationInput.Findings findings -> findings(form);
            case AccusationInput.Handling handling -> handling(form);
            case AccusationInput.Clarified clarified -> clarification(step, form, clarified);
            case AccusationInput.Opinion opinion -> add(form, form.completeButton(complete(() -> opinion)));
            // A case is registered past its intake; shown only should a procedure ever stand on it.
            case AccusationInput.Intake intake -> add(form, form.completeButton(complete(() -> intake)));
        }
    }

    /** True when this panel lists the case's meetings itself (the page then leaves them out). */
    boolean showsMeetings() {
        return showsMeetings;
    }

    /** Under a concluded case's status: that it was concluded elsewhere and logged here. */
    private void quickLogged() {
        if (d.header().quickLogged()) {
            Paragraph logged = new Paragraph(getTranslation("accusation.closed.quickLogged"));
            logged.addClassName("portal-hint");
            logged.setId("case-quick-logged-note");
            add(logged);
        }
    }

    // --- 联席会议研判 ---------------------------------------------------------------------------

    private void jointMeeting(StepCompletion completion, AccusationInput.JointReview review) {
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
        // Completing before any meeting is refused on the meeting's date.
        completion.reports("meetingDate", date);
        add(completion, completion.completeButton(complete(() -> review)));
    }

    /** Completes the step with its input, once the user confirmed (a refusal on a field is shown on it). */
    private Consumer<StepNote> complete(Supplier<? extends AccusationInput> input) {
        return note -> view.move(() -> cases.completeStep(d.id(), d.version(), input.get(), note));
    }

    // --- 认定 -------------------------------------------------------------------------------------

    private void findings(StepCompletion form) {
        Map<AccusationDetails.Allegation, FindingInput> inputs = new LinkedHashMap<>();
        Div list = new Div();
        list.addClassName("portal-finding-list");
        for (AccusationDetails.Allegation a : d.header().allegations()) {
            String key = String.valueOf(a.id());
            Paragraph text = new Paragraph(getTranslation("accusation.allegation.line", a.ordinal(), a.cadreName(),
                    a.content()));
            text.addClassName("portal-allegation-text");
            FindingInput input = new FindingInput(key);
            Map<String, HasValidation> row = new HashMap<>();
            input.putFields(row, key);
            row.forEach(form::reports);
            inputs.put(a, input);
            Div item = new Div(text, input);
            item.addClassName("portal-finding-item");
            list.add(item);
        }
        form.add(list, 2);
        Button submit = form.completeButton("findings-submit", "accusation.action.recordFindings", false, false,
                note -> view.move(() -> cases.recordFindings(d.id(), d.version(), new AccusationInput.Findings(
                        inputs.entrySet().stream().map(i -> new AllegationFinding(i.getKey().id(),
                                i.getValue().finding(), i.getValue().reason())).toList()), note)));
        Paragraph due = new Paragraph(getTranslation("accusation.finding.clockHint"));
        due.addClassName("portal-hint");
        Div grow = new Div(form, due, submit);
        grow.addClassName("portal-grow");
        Div layout = new Div(grow, Distinctions.box());
        layout.addClassName("portal-finding-layout");
        add(layout);
    }

    // --- 处理 -------------------------------------------------------------------------------------

    private void handling(StepCompletion form) {
        boolean fabricated = d.hasFabricated();
        Supplier<AccusationInput.Handling> input = () -> new AccusationInput.Handling(null, null);
        if (fabricated) {
            String which = d.header().allegations().stream().filter(a -> a.finding() == FindingType.FABRICATED)
                    .map(a -> String.valueOf(a.ordinal())).collect(Collectors.joining("、"));
            Paragraph hint = new Paragraph(getTranslation("accusation.handling.fabricated", which));
            hint.addClassName("portal-text-danger");
            hint.setId("handling-referral-hint");
            TextField referredTo = form.field("referredTo", new TextField(getTranslation("accusation.field.referredTo")));
            referredTo.setMaxLength(100);
            referredTo.setRequired(true);
            referredTo.setPlaceholder(getTranslation("accusation.handling.referredToHint"));
            referredTo.setWidth("20em");
            DatePicker referredOn = form.date("referredOn", "accusation.field.referredOn");
            referredOn.setRequiredIndicatorVisible(true);
            referredOn.setMin(d.steps().foundOn());
            referredOn.setMax(LocalDate.now(view.clock()));
            Div line = new Div(referredTo, referredOn);
            line.addClassName("portal-inline-form");
            add(hint, line);
            input = () -> new AccusationInput.Handling(referredTo.getValue(), referredOn.getValue());
        } else {
            Paragraph hint = new Paragraph(getTranslation("accusation.handling.none"));
            hint.addClassName("portal-hint");
            add(hint);
        }
        Supplier<AccusationInput.Handling> given = input;
        Button submit = form.completeButton("handling-submit", "accusation.action.recordHandling", !fabricated, false,
                note -> view.move(() -> cases.recordHandling(d.id(), d.version(), given.get(), note)));
        add(form, submit);
    }

    // --- 澄清 -------------------------------------------------------------------------------------

    private void clarification(StepDefinition step, StepCompletion form, AccusationInput.Clarified clarified) {
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
        ErrorLine missing = new ErrorLine("clarify-missing");
        form.reports("clarification", missing);
        add(missing);
        add(form, form.completeButton("step-complete", "accusation.action.completeClarification",
                !due || step.opinionRequired(), true, complete(() -> clarified)));
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
}
