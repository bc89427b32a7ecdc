package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.List;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.ui.LazyContent;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.CadreTab;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.cadreportal.security.roles.PortalStaff;

/**
 * One cadre's page: the profile form, the career history, the tabs other features add (the archive),
 * the timeline and the change history. "new" opens an empty form for a clerk. A cadre outside the user's scope is shown exactly like a missing one.
 */
@Route("cadre")
@PortalStaff
public class CadreView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    public static final String NEW = "new";

    private final CadreService cadres;
    private final List<CadreTab> contributed;
    private final OrgService org;
    private final CurrentUser user;
    private final Clock clock;
    private String title = "";
    private boolean openTimeline;

    public CadreView(CadreService cadres, List<CadreTab> contributed, OrgService org,
                     CurrentUsers users, Clock clock) {
        this.cadres = cadres;
        this.contributed = contributed;
        this.org = org;
        this.user = users.require();
        this.clock = clock;
        addClassName("portal-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        if (NEW.equals(parameter)) {
            if (!user.has(Role.CLERK)) {
                throw new RecordNotFoundException();
            }
            title = getTranslation("cadre.create.title");
            add(new ViewToolbar(title));
            add(new CadreProfileForm(cadres, org, user, clock, null, saved ->
                    getUI().ifPresent(ui -> ui.navigate(CadreView.class, String.valueOf(saved.id())))));
            return;
        }
        long id = RouteIds.parse(parameter);
        // ?tab=timeline opens the full timeline (the portrait beside a case links here).
        openTimeline = event.getLocation().getQueryParameters().getSingleParameter("tab")
                .filter("timeline"::equals).isPresent();
        show(cadres.open(id));
    }

    private void show(CadreDetails details) {
        removeAll();
        title = details.form().getName();
        Span status = new Span(getTranslation(details.status().labelKey()));
        status.addClassNames("portal-tag", details.status() == CadreStatus.ACTIVE ? "portal-tag-active" : "portal-tag-retired");
        status.setId("cadre-status");
        add(new ViewToolbar(details.form().getName() + " · " + details.unitName() + " " + details.form().getPostTitle(),
                status));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("cadre.tab.profile"),
                new CadreProfileForm(cadres, org, user, clock, details, saved -> show(cadres.get(saved.id()))));
        tabs.add(getTranslation("cadre.tab.career"), LazyContent.of(() -> new CareerPanel(cadres.career(details.id()))));
        contributed.forEach(tab -> tabs.add(getTranslation(tab.labelKey()), LazyContent.of(() -> tab.content(details))));
        var timeline = tabs.add(getTranslation("cadre.tab.timeline"),
                LazyContent.of(() -> new TimelinePanel(cadres.timeline(details.id()))));
        tabs.add(getTranslation("cadre.tab.history"), LazyContent.of(() -> ProfileHistory.of(cadres.history(details.id()), clock.getZone())));
        tabs.setId("cadre-tabs");
        if (openTimeline) {
            tabs.setSelectedTab(timeline);
        }
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
