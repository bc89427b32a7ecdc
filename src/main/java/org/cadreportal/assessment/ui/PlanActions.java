package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanService;

/**
 * The plan editor's doors on the 政绩考核 page: 方案详情 opens the plan chosen there (every reader; only the
 * 考核办 may change a draft), 新建考核方案 and 复制方案 are the 考核办's.
 */
final class PlanActions {

    private PlanActions() {
    }

    /** The plan picker of the 政绩考核 page with the doors beside it. */
    static HorizontalLayout row(Select<PlanRow> plan, PlanService plans, boolean office) {
        HorizontalLayout row = new HorizontalLayout(plan);
        row.add(buttons(plans, office, plan::getValue));
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    static Component[] buttons(PlanService plans, boolean office, Supplier<PlanRow> chosen) {
        UI ui = UI.getCurrent();
        Button open = new Button(ui.getTranslation("assessment.plan.open"), e -> {
            PlanRow p = chosen.get();
            if (p != null) {
                ui.navigate(PlanLibraryView.class, new RouteParameters("planId", String.valueOf(p.id())));
            }
        });
        open.setId("assessment-open-plan");
        Button create = new Button(ui.getTranslation("assessment.plan.new"), e -> {
            List<PlanRow> all = plans.plans();
            int year = all.stream().mapToInt(PlanRow::year).max().orElse(Year.now().getValue() - 1) + 1;
            new NewPlanDialog(plans, year).open();
        });
        create.setId("assessment-new-plan");
        Button copy = new Button(ui.getTranslation("assessment.plan.copy"), e ->
                new CopyPlanDialog(plans, plans.plans(), chosen.get()).open());
        copy.setId("assessment-copy-plan");
        create.setVisible(office);
        copy.setVisible(office);
        return new Component[] {open, create, copy};
    }
}
