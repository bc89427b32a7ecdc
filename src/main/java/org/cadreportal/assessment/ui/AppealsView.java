package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDateTime;
import org.cadreportal.assessment.AppealFilter;
import org.cadreportal.assessment.AppealRow;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AppealStatus;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * A plan's appeals (申诉), a page at a time from the database and within the reader's scope (a unit's clerk sees his
 * units' appeals only), filtered by status. The 考核办 accepts (correcting the line's data) or rejects an open one
 * while the plan is in 公示.
 */
@Route("assessment/:planId/appeals")
@AssessmentReaders
public class AppealsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private final PlanService plans;
    private final boolean office;
    private final Select<AppealStatus> status = new Select<>();
    private final Grid<AppealRow> grid = new Grid<>(AppealRow.class, false);
    private long planId;
    private boolean deciding;
    private String title = "";

    public AppealsView(AppealService appeals, PlanService plans, CurrentUsers users) {
        this.appeals = appeals;
        this.plans = plans;
        this.office = users.require().has(Role.ASSESSMENT);
        addClassName("portal-page");
        status.setId("appeals-status");
        status.setLabel(getTranslation("assessment.appeal.status"));
        status.setItems(AppealStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("assessment.appeal.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("assessment.appeal.status.all")
                : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> load());
        grid.setId("appeals-grid");
        grid.setEmptyStateText(getTranslation("assessment.appeals.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AppealRow::unitName).setHeader(getTranslation("assessment.col.unitName"));
        grid.addColumn(a -> a.indicatorCode() + " " + a.indicatorName()).setHeader(getTranslation("assessment.appeal.indicator"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.reason() + (a.evidence() == null ? "" : "\n" + getTranslation("assessment.appeal.evidence")
                + ": " + a.evidence())).setHeader(getTranslation("assessment.appeal.reason")).setFlexGrow(3);
        grid.addColumn(a -> getTranslation(a.status().labelKey())).setHeader(getTranslation("assessment.appeal.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation("assessment.appeal.filed", a.receivedOn(), a.filedBy()))
                .setHeader(getTranslation("assessment.appeal.filedCol"));
        grid.addColumn(this::decision).setHeader(getTranslation("assessment.appeal.decision")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("65vh");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = RouteIds.named(event.getRouteParameters(), "planId");
        PlanRow plan = plans.details(planId).plan();
        deciding = office && plan.status() == PlanStatus.PUBLICITY;
        title = getTranslation("assessment.appeals.title", String.valueOf(plan.year()));
        removeAll();
        add(new ViewToolbar(title), new Paragraph(getTranslation("assessment.appeals.help")), status, grid);
        load();
    }

    private void load() {
        AppealFilter filter = new AppealFilter(status.getValue(), null);
        grid.setItems(q -> appeals.appeals(planId, filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) appeals.countAppeals(planId, filter));
    }

    private String decision(AppealRow a) {
        if (a.status() == AppealStatus.OPEN) {
            return "";
        }
        String text = getTranslation("assessment.appeal.decided", a.decidedBy(), day(a.decidedAt()))
                + (a.decisionReason() == null ? "" : ": " + a.decisionReason());
        if (a.status() == AppealStatus.ACCEPTED && a.correctedActual() != null) {
            text += " " + getTranslation("assessment.appeal.correctedTo", a.correctedActual().stripTrailingZeros()
                    .toPlainString());
        }
        return text;
    }

    private HorizontalLayout actions(AppealRow a) {
        HorizontalLayout box = new HorizontalLayout();
        if (deciding && a.status() == AppealStatus.OPEN) {
            Button accept = new Button(getTranslation("assessment.appeal.accept"),
                    e -> new AppealDecisionDialog(appeals, a, true, this::load).open());
            accept.setId("appeal-accept-" + a.id());
            accept.addClassName("appeal-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button reject = new Button(getTranslation("assessment.appeal.reject"),
                    e -> new AppealDecisionDialog(appeals, a, false, this::load).open());
            reject.setId("appeal-reject-" + a.id());
            reject.addClassName("appeal-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            box.add(accept, reject);
        }
        return box;
    }

    private static String day(LocalDateTime t) {
        return t == null ? "" : t.toLocalDate().toString();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
