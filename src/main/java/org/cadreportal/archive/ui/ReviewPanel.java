package org.cadreportal.archive.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.Scores;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;

/** 审核: a clerk accepts the entry or returns it with a reason, with optional scores of 1–5. */
class ReviewPanel extends Div {

    ReviewPanel(ArchiveService archive, EntryDetails d, Consumer<EntryDetails> done) {
        addClassName("portal-step-panel");
        setId("review-panel");
        Select<Integer> completion = score("archive.score.completion", "score-completion");
        Select<Integer> truth = score("archive.score.truth", "score-truth");
        Select<Integer> difficulty = score("archive.score.difficulty", "score-difficulty");
        Select<Integer> contribution = score("archive.score.contribution", "score-contribution");
        TextArea reason = new TextArea(getTranslation("archive.review.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("review-reason");
        FormLayout form = new FormLayout(completion, truth, difficulty, contribution, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("640px", 4));
        form.setColspan(reason, 4);
        Map<String, HasValidation> fields = Map.of("reason", reason, "completion", completion, "truth", truth,
                "difficulty", difficulty, "contribution", contribution);
        Button accept = new Button(getTranslation("archive.action.accept"), e -> act(fields, () ->
                archive.accept(d.row().id(), d.version(), scores(completion, truth, difficulty, contribution)),
                "archive.notice.accepted", done));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setId("review-accept");
        Button sendBack = new Button(getTranslation("archive.action.return"), e -> act(fields, () ->
                archive.returnEntry(d.row().id(), d.version(), reason.getValue(),
                        scores(completion, truth, difficulty, contribution)), "archive.notice.returned", done));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.setId("review-return");
        add(new H3(getTranslation("archive.review.title")), form, new HorizontalLayout(accept, sendBack));
    }

    private Select<Integer> score(String key, String id) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(List.of(5, 4, 3, 2, 1));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("archive.score.none"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("archive.score.none") : v.toString());
        select.setId(id);
        return select;
    }

    private static Scores scores(Select<Integer> a, Select<Integer> b, Select<Integer> c, Select<Integer> d) {
        return new Scores(a.getValue(), b.getValue(), c.getValue(), d.getValue());
    }

    private static void act(Map<String, HasValidation> fields, java.util.function.Supplier<EntryDetails> call,
                            String noticeKey, Consumer<EntryDetails> done) {
        FieldErrors.clear(fields);
        try {
            EntryDetails after = call.get();
            Notices.success(noticeKey);
            done.accept(after);
        } catch (FieldException ex) {
            FieldErrors.show(ex, fields);
        } catch (PortalException ex) {
            Notices.error(ex);
        }
    }
}
