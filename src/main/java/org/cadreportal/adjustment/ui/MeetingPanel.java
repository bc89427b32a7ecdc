package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.adjustment.StepSubmission;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.workflow.ui.AttachmentField;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;

/**
 * 讨论决定: the meeting (date, members entitled to attend, who attended), each member's own vote,
 * who has voted (how, only once the vote is closed), and closing the vote, which records the decision.
 */
class MeetingPanel extends Div {

    MeetingPanel(AdjustmentService cases, CaseDetails c, CurrentUser user,
                 Function<Supplier<CaseDetails>, Boolean> move) {
        addClassName("portal-meeting");
        setId("meeting-panel");
        CaseDetails.Meeting meeting = c.steps().meeting();
        VoteTally rule = meeting.rule();
        if (meeting.date() != null) {
            VoteTally tally = meeting.tally();
            String count = meeting.sealed()
                    ? getTranslation("adjustment.tally.sealed", meeting.entitled(), meeting.attended(), meeting.cast())
                    : getTranslation("adjustment.tally", tally.entitled(), tally.attended(), tally.agree(),
                    tally.disagree(), tally.abstain());
            Paragraph summary = new Paragraph(getTranslation("common.label",
                    getTranslation("adjustment.field.meetingDate"))
                    + meeting.date() + "  " + count + "  " + getTranslation("adjustment.tally.pending",
                            meeting.pending()));
            summary.setId("meeting-tally");
            // No forecast while sealed: "as voted it passes" would tell everyone how the votes lie.
            String state = !rule.quorate() ? "adjustment.preview.noQuorum"
                    : meeting.sealed() ? "adjustment.preview.sealed"
                    : tally.passed() ? "adjustment.preview.passing" : "adjustment.preview.failing";
            Paragraph ruleLine = new Paragraph(getTranslation("adjustment.rule", rule.quorum(), rule.majority()) + " "
                    + getTranslation(state));
            ruleLine.setId("meeting-rule");
            if (!meeting.sealed()) {
                ruleLine.addClassName(tally.passed() ? "portal-text-success" : "portal-text-danger");
            }
            add(summary, ruleLine, seats(meeting.seats()));
        } else {
            add(new Paragraph(getTranslation("adjustment.meeting.none")));
        }
        if (c.viewer().mayVote()) {
            add(voteButtons(cases, c, move));
        }
        if (c.viewer().mayAct()) {
            if (meeting.votingStarted()) {
                Paragraph locked = new Paragraph(getTranslation("adjustment.meeting.locked"));
                locked.addClassName("portal-step-note");
                add(locked);
            } else {
                add(setup(cases, c, move));
            }
            if (meeting.date() != null) {
                TextArea opinion = new TextArea(getTranslation(c.currentStep().opinionRequired()
                        ? "adjustment.field.minutes" : "adjustment.field.minutesOptional"));
                opinion.setId("field-opinion");
                opinion.setWidthFull();
                opinion.setMaxLength(4000);
                AttachmentField files = StepPanel.attachmentField(c.currentStep().attachmentRequired());
                add(opinion, files);
                Map<String, com.vaadin.flow.component.HasValidation> closeFields = Map.of("opinion", opinion,
                        "attachments", files);
                Button close = new Button(getTranslation("adjustment.action.closeVote"), e -> {
                    ConfirmDialog confirm = new ConfirmDialog();
                    confirm.setHeader(getTranslation("adjustment.closeVote.title"));
                    confirm.setText(meeting.sealed() ? getTranslation("adjustment.closeVote.confirmSealed")
                            : getTranslation("adjustment.closeVote.confirm", getTranslation(meeting.tally().passed()
                            ? "adjustment.decision.PASSED" : "adjustment.decision.REJECTED")));
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("action.cancel"));
                    confirm.setConfirmText(getTranslation("adjustment.action.closeVote"));
                    confirm.addConfirmListener(ev -> {
                        FieldErrors.clear(closeFields);
                        StepSubmission submission = new StepSubmission();
                        submission.setOpinion(opinion.getValue());
                        submission.setAttachments(files.files());
                        try {
                            move.apply(() -> cases.completeStep(c.id(), c.version(), submission));
                        } catch (FieldException ex) {
                            FieldErrors.show(ex, closeFields);
                        }
                    });
                    confirm.open();
                });
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                close.setId("close-vote");
                add(close);
            }
        }
    }

    private Grid<SeatRow> seats(List<SeatRow> seats) {
        Grid<SeatRow> grid = new Grid<>(SeatRow.class, false);
        grid.setId("meeting-seats");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(SeatRow::displayName).setHeader(getTranslation("adjustment.seat.member"));
        grid.addColumn(s -> getTranslation(s.attended() ? "adjustment.seat.present" : "adjustment.seat.absent"))
                .setHeader(getTranslation("adjustment.seat.attendance"));
        grid.addColumn(s -> s.vote() != null ? getTranslation(s.vote().labelKey())
                : s.voted() ? getTranslation("adjustment.seat.voted")
                : s.attended() ? getTranslation("adjustment.seat.notVoted") : "—")
                .setHeader(getTranslation("adjustment.seat.vote"));
        grid.setItems(seats);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("36em");
        return grid;
    }

    private HorizontalLayout voteButtons(AdjustmentService cases, CaseDetails c,
                                         Function<Supplier<CaseDetails>, Boolean> move) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        row.add(new Span(getTranslation(c.viewer().myVote() == null ? "adjustment.vote.prompt" : "adjustment.vote.mine",
                c.viewer().myVote() == null ? "" : getTranslation(c.viewer().myVote().labelKey()))));
        for (Vote v : Vote.values()) {
            Button b = new Button(getTranslation(v.labelKey()), e -> move.apply(() -> cases.castVote(c.id(), v)));
            b.setId("vote-" + v.name().toLowerCase(java.util.Locale.ROOT));
            if (v == c.viewer().myVote()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            row.add(b);
        }
        row.addClassName("portal-vote-row");
        return row;
    }

    private Div setup(AdjustmentService cases, CaseDetails c, Function<Supplier<CaseDetails>, Boolean> move) {
        List<UserDirectory.Member> members = cases.committeeMembers(c.id());
        Map<String, String> names = members.stream()
                .collect(Collectors.toMap(UserDirectory.Member::username, UserDirectory.Member::displayName));
        DatePicker date = new DatePicker(getTranslation("adjustment.field.meetingDate"));
        date.setId("meeting-date");
        date.setValue(c.steps().meeting().date());
        CheckboxGroup<String> entitled = new CheckboxGroup<>(getTranslation("adjustment.field.entitled"));
        entitled.setId("meeting-entitled");
        entitled.setItems(names.keySet().stream().sorted().toList());
        entitled.setItemLabelGenerator(names::get);
        CheckboxGroup<String> attended = new CheckboxGroup<>(getTranslation("adjustment.field.attended"));
        attended.setId("meeting-attended");
        attended.setItems(names.keySet().stream().sorted().toList());
        attended.setItemLabelGenerator(names::get);
        if (c.steps().meeting().seats().isEmpty()) {
            entitled.setValue(names.keySet());
        } else {
            entitled.setValue(c.steps().meeting().seats().stream().map(SeatRow::username).collect(Collectors.toSet()));
            attended.setValue(c.steps().meeting().seats().stream().filter(SeatRow::attended).map(SeatRow::username)
                    .collect(Collectors.toSet()));
        }
        Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
        fields.put("meetingDate", date);
        fields.put("entitled", entitled);
        fields.put("attended", attended);
        Button save = new Button(getTranslation("adjustment.action.saveMeeting"), e -> {
            FieldErrors.clear(fields);
            try {
                move.apply(() -> cases.setUpMeeting(c.id(), c.version(), new org.cadreportal.adjustment.MeetingForm(
                        date.getValue(), Set.copyOf(entitled.getValue()), Set.copyOf(attended.getValue()))));
            } catch (FieldException ex) {
                FieldErrors.show(ex, fields);
            }
        });
        save.setId("meeting-save");
        Div box = new Div(date, entitled, attended, save);
        box.addClassName("portal-meeting-setup");
        return box;
    }
}
