package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.assessment.Publicity;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.Notices;

/**
 * The results procedure on the plan page: the office's 开始公示 and 确定最终结果 buttons, a link to the appeals for
 * every reader once 公示 began, and the line of the summary that says where the plan stands and its window.
 */
final class PublicityActions {

    private final AppealService appeals;
    private final boolean office;
    private final Runnable changed;
    private final Clock clock;
    private final Button start = new Button();
    private final Button finish = new Button();
    private final Button list = new Button();
    private Publicity current;

    PublicityActions(AppealService appeals, boolean office, Clock clock, Runnable changed) {
        this.appeals = appeals;
        this.clock = clock;
        this.office = office;
        this.changed = changed;
        UI ui = UI.getCurrent();
        start.setText(ui.getTranslation("assessment.publicity.start"));
        start.setId("assessment-start-publicity");
        start.addClickListener(e -> new StartPublicityDialog(appeals, current, LocalDate.now(clock), changed).open());
        finish.setText(ui.getTranslation("assessment.publicity.finalize"));
        finish.setId("assessment-finalize");
        finish.addClickListener(e -> confirmFinal());
        list.setText(ui.getTranslation("assessment.appeals.open"));
        list.setId("assessment-appeals");
        list.addClickListener(e -> ui.navigate(AppealsView.class,
                new RouteParameters(Map.of("planId", String.valueOf(current.planId())))));
        start.setVisible(false);
        finish.setVisible(false);
        list.setVisible(false);
    }

    Button[] buttons() {
        return new Button[] {start, finish, list};
    }

    /** Shows the plan's stage; returns the summary line about 公示 (none before it). */
    Paragraph show(PlanRow plan) {
        current = appeals.publicity(plan.id());
        boolean preliminary = plan.status() == PlanStatus.PUBLISHED;
        boolean publicity = plan.status() == PlanStatus.PUBLICITY;
        start.setVisible(office && preliminary);
        start.setEnabled(plan.scoredAt() != null);
        finish.setVisible(office && publicity);
        list.setVisible(publicity || plan.status() == PlanStatus.FINAL);
        UI ui = UI.getCurrent();
        Paragraph line = new Paragraph();
        line.setId("assessment-publicity");
        if (publicity) {
            line.setText(ui.getTranslation("assessment.publicity.window", current.start(), current.end(),
                    current.workingDays(), current.openAppeals()));
        } else if (plan.status() == PlanStatus.FINAL) {
            line.setText(ui.getTranslation("assessment.publicity.final", current.start(), current.end(),
                    current.finalizedAt().toLocalDate(), current.finalizedBy()));
        } else {
            line.setVisible(false);
        }
        return line;
    }

    private void confirmFinal() {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("assessment.publicity.finalize"));
        dialog.add(new Paragraph(ui.getTranslation("assessment.publicity.finalizeText")));
        DialogButtons.of(dialog, "assessment.publicity.finalize", "assessment-finalize-confirm", e -> {
            try {
                appeals.finalizeResults(current.planId(), current.version());
                Notices.success("assessment.publicity.finalized");
                dialog.close();
                changed.run();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        dialog.open();
    }
}
