package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.RouteIds;

/**
 * A page of the yearly plan the address names ({@code assessment/:planId/…}: its library, groups, rules), built
 * from the plan as last read and read again after every change, for its new version.
 */
abstract class PlanPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    protected final PlanService plans;
    protected PlanDetails details;
    private String title = "";

    PlanPage(PlanService plans) {
        this.plans = plans;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.named(event.getRouteParameters(), "planId");
        details = plans.details(planId);
        title = PlanHeader.title(details.plan());
        build();
    }

    /** Reads the plan again and builds the page from it. */
    protected void reload() {
        details = plans.details(details.plan().id());
        build();
    }

    /** Builds the page from the plan as last read. */
    protected abstract void build();

    @Override
    public String getPageTitle() {
        return title;
    }
}
