package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.ClosingOutlook;
import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.cadreportal.workflow.ui.AttachmentField;

/**
 * 讨论决定: the count and, for the chair and the recorder, the close at the top; each member's own vote; who
 * attends (absent: why) and who has voted (how, only once the vote is closed); then the minutes and the set-up.
 * The live parts follow the other members' votes as they are cast ({@link #update}).
 */
class MeetingPanel extends Div {

    private final Paragraph tally = new Paragraph();
    private final Paragraph rule = new Paragraph();
    private final Paragraph duties = new Paragraph();
    private final Span prompt = new Span();
    private final List<Button> voteButtons = new ArrayList<>();
    private final Grid<SeatRow> seats = seatGrid();
    private final HorizontalLayout head;

    MeetingPanel(AdjustmentService cases, CaseDetails c, Function<Supplier<CaseDetails>, Boolean> move) {
        addClassName("portal-meeting");
        setId("meeting-panel");
        CaseDetails.Meeting meeting = c.steps().meeting();
        tally.setId("meeting-tally");
        rule.setId("meeting-rule");
        duties.setId("meeting-duties");
        head = new HorizontalLayout(tally);
        head.setId("meeting-head");
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassName("portal-meeting-head");
        add(head);
        TextArea opinion = new TextArea(getTranslation(c.currentStep().opinionRequired()
                ? "adjustment.field.minutes" : "adjustment.field.minutesOptional"));
        AttachmentField files = AttachmentField.forStep(c.currentStep().attachmentRequired());
        boolean closable = c.viewer().mayAct() && meeting.date() != null;
        if (closable) {
            Button close = new Button(getTranslation("adjustment.action.closeVote"),
                    e -> confirmClose(cases, c, opinion, files, move));
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            close.setId("close-vote");
            head.add(close);
        }
        if (meeting.date() != null) {
            add(rule, duties);
        } else {
            tally.setText(getTranslation("adjustment.meeting.none"));
        }
        if (c.viewer().mayVote()) {
            add(voteRow(cases, c, move));
        }
        if (meeting.date() != null) {
            add(seats);
        }
        if (closable) {
            opinion.setId("field-opinion");
            opinion.setWidthFull();
            opinion.setMaxLength(4000);
            add(opinion, files);
        }
        if (c.viewer().mayAct()) {
            if (meeting.votingStarted()) {
                Paragraph locked = new Paragraph(getTranslation("adjustment.meeting.locked"));
                locked.addClassName("portal-step-note");
                add(locked);
            } else {
                add(new MeetingSetup(cases, c, move));
            }
        }
        update(c);
    }

    /** The count with, for the chair and the recorder, the close beside it: the case page shows it on top. */
    HorizontalLayout head() {
        return head;
    }

    /** Redraws the count, the rule, the duties, the member's own vote and the seats from {@code c}. */
    void update(CaseDetails c) {
        CaseDetails.Meeting meeting = c.steps().meeting();
        if (meeting.date() == null) {
            return;
        }
        VoteTally closed = meeting.tally();
        VoteTally ruleOf = meeting.rule();
        String count = meeting.sealed()
                ? getTranslation("adjustment.tally.sealed", meeting.entitled(), meeting.attended(), meeting.cast())
                : getTranslation("adjustment.tally", closed.entitled(), closed.attended(), closed.agree(),
                closed.disagree(), closed.abstain());
        tally.setText(getTranslation("common.label", getTranslation("adjustment.field.meetingDate")) + meeting.date()
                + "  " + count + "  " + getTranslation("adjustment.tally.pending", meeting.pending()));
        // No forecast while sealed: "as voted it passes" would tell everyone how the votes lie.
        String state = !ruleOf.quorate() ? "adjustment.preview.noQuorum"
                : meeting.sealed() ? "adjustment.preview.sealed"
                : closed.passed() ? "adjustment.preview.passing" : "adjustment.preview.failing";
        rule.setText(getTranslation("adjustment.rule", ruleOf.quorum(), ruleOf.majority()) + " " + getTranslation(state));
        rule.removeClassNames("portal-text-success", "portal-text-danger");
        if (!meeting.sealed()) {
            rule.addClassName(closed.passed() ? "portal-text-success" : "portal-text-danger");
        }
        duties.setText(getTranslation("adjustment.meeting.duties",
                meeting.seatOf(MeetingDuty.CHAIR).map(SeatRow::displayName).orElse("—"),
                meeting.seatOf(MeetingDuty.RECORDER).map(SeatRow::displayName).orElse("—")));
        Vote mine = c.viewer().myVote();
        prompt.setText(getTranslation(mine == null ? "adjustment.vote.prompt" : "adjustment.vote.mine",
                mine == null ? "" : getTranslation(mine.labelKey())));
        for (int i = 0; i < voteButtons.size(); i++) {
            Button b = voteButtons.get(i);
            if (Vote.values()[i] == mine) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        seats.setItems(meeting.seats());
    }

    /**
     * The confirmation states the decision the close will make, from the votes as they stand now (read afresh when
     * it opens), and the close is made on that count: a vote changed meanwhile refuses it rather than decide
     * otherwise than announced.
     */
    private void confirmClose(AdjustmentService cases, CaseDetails c, TextArea opinion, AttachmentField files,
                              Function<Supplier<CaseDetails>, Boolean> move) {
        ClosingOutlook outlook = cases.closingOutlook(c.id());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("close-vote-confirm");
        confirm.setHeader(getTranslation("adjustment.closeVote.title"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        if (!outlook.ready()) {
            VoteTally rule = new VoteTally(outlook.entitled(), outlook.attended(), 0, 0, 0);
            confirm.setText(outcome(!rule.quorate()
                    ? getTranslation("adjustment.error.noQuorum", outlook.attended(), outlook.entitled(), rule.quorum())
                    : getTranslation("adjustment.error.votesPending", outlook.pending())));
            confirm.setConfirmText(getTranslation("action.close"));
            confirm.setCancelable(false);
            confirm.open();
            return;
        }
        VoteTally now = outlook.tally();
        confirm.setText(outcome(getTranslation("adjustment.closeVote.confirmOutcome", now.agree(), now.disagree(),
                now.abstain(), getTranslation(now.passed() ? "adjustment.decision.PASSED" : "adjustment.decision.REJECTED"))));
        confirm.setConfirmText(getTranslation("adjustment.action.closeVote"));
        Map<String, HasValidation> closeFields = Map.of("opinion", opinion, "attachments", files);
        confirm.addConfirmListener(ev -> {
            FieldErrors.clear(closeFields);
            StepNote note = new StepNote(opinion.getValue(), files.files());
            try {
                move.apply(() -> cases.closeVote(c.id(), now, note));
            } catch (FieldException ex) {
                FieldErrors.show(ex, closeFields);
            }
        });
        confirm.open();
    }

    private static Span outcome(String text) {
        Span span = new Span(text);
        span.setId("close-vote-outcome");
        return span;
    }

    private Grid<SeatRow> seatGrid() {
        Grid<SeatRow> grid = new Grid<>(SeatRow.class, false);
        grid.setId("meeting-seats");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(s -> s.duty() == null ? s.displayName()
                : s.displayName() + getTranslation("adjustment.seat.duty", getTranslation(s.duty().labelKey())))
                .setHeader(getTranslation("adjustment.seat.member"));
        grid.addColumn(s -> s.attended() ? getTranslation("adjustment.seat.present")
                : s.absence() == null ? getTranslation("adjustment.seat.absent")
                : getTranslation("adjustment.seat.absentFor", getTranslation(s.absence().labelKey())))
                .setHeader(getTranslation("adjustment.seat.attendance"));
        grid.addColumn(s -> s.vote() != null ? getTranslation(s.vote().labelKey())
                : s.voted() ? getTranslation("adjustment.seat.voted")
                : s.attended() ? getTranslation("adjustment.seat.notVoted") : "—")
                .setHeader(getTranslation("adjustment.seat.vote"));
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("36em");
        return grid;
    }

    private HorizontalLayout voteRow(AdjustmentService cases, CaseDetails c, Function<Supplier<CaseDetails>, Boolean> move) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.add(prompt);
        for (Vote v : Vote.values()) {
            Button b = new Button(getTranslation(v.labelKey()), e -> move.apply(() -> cases.castVote(c.id(), v)));
            b.setId("vote-" + v.name().toLowerCase(Locale.ROOT));
            voteButtons.add(b);
            row.add(b);
        }
        row.addClassName("portal-vote-row");
        return row;
    }
}
