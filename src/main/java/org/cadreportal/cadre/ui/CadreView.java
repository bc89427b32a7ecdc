package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.LazyContent;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.AppointmentForms;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreMobiles;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.CadreTab;
import org.cadreportal.cadre.CareerRow;
import org.cadreportal.cadre.LrmxExchange;
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
    static final String LRMX_TYPE = "application/xml";

    private final CadreService cadres;
    private final CadreProfileService profiles;
    private final LrmxExchange lrmx;
    private final List<CadreTab> contributed;
    private final OrgService org;
    private final CurrentUser user;
    private final Clock clock;
    private final AppointmentForms forms;
    private final CadreMobiles mobiles;
    private String title = "";
    private boolean openTimeline;

    public CadreView(CadreService cadres, CadreProfileService profiles, List<CadreTab> contributed, OrgService org,
                     CurrentUsers users, Clock clock, AppointmentForms forms, LrmxExchange lrmx, CadreMobiles mobiles) {
        this.forms = forms;
        this.mobiles = mobiles;
        this.cadres = cadres;
        this.profiles = profiles;
        this.lrmx = lrmx;
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
        show(cadres.open(id), 0);
    }

    private void show(CadreDetails details, int selectedTab) {
        removeAll();
        title = details.form().getName();
        Span status = new Span(getTranslation(details.status().labelKey()));
        status.addClassNames("portal-tag", details.status() == CadreStatus.ACTIVE ? "portal-tag-active" : "portal-tag-retired");
        status.setId("cadre-status");
        List<Component> actions = new java.util.ArrayList<>(List.of(status, impactTag(details)));
        actions.addAll(formLinks(details));
        add(new ViewToolbar(details.form().getName() + " · " + details.unitName() + " " + details.form().getPostTitle(),
                actions.toArray(Component[]::new)));
        add(new MobileLine(mobiles, details.id(), user));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("cadre.tab.profile"),
                new CadreProfileForm(cadres, org, user, clock, details, saved -> show(cadres.get(saved.id()), 0)));
        // Saving it moves the cadre's version: the page is read again, on this tab.
        tabs.add(getTranslation("cadre.tab.appointment"), LazyContent.of(() -> new AppointmentPanel(profiles, details,
                user, () -> show(cadres.get(details.id()), 1))));
        tabs.add(getTranslation("cadre.tab.career"), LazyContent.of(() -> new CareerPanel(cadres.career(details.id()))));
        contributed.forEach(tab -> tabs.add(getTranslation(tab.labelKey()), LazyContent.of(() -> tab.content(details))));
        var timeline = tabs.add(getTranslation("cadre.tab.timeline"),
                LazyContent.of(() -> new TimelinePanel(cadres.timeline(details.id()))));
        tabs.add(getTranslation("cadre.tab.history"), LazyContent.of(() -> ProfileHistory.of(cadres.history(details.id()), clock.getZone())));
        tabs.setId("cadre-tabs");
        tabs.setSelectedIndex(selectedTab);
        if (openTimeline) {
            tabs.setSelectedTab(timeline);
            openTimeline = false;
        }
        add(tabs);
    }

    /** The 干部任免审批表 as PDF and Word, for the roles that may print it (it carries personal data). */
    private List<Component> formLinks(CadreDetails details) {
        if (RecordAccess.rolesFor(AccessTypes.APPOINTMENT_FORM).stream().noneMatch(user::has)) {
            return List.of();
        }
        List<Component> links = java.util.Arrays.stream(AppointmentForms.Format.values()).map(format -> {
            Anchor link = new Anchor(Downloads.file(getTranslation("appointment.form.fileName",
                    details.form().getName()) + "." + format.extension(), format.mediaType(),
                    out -> forms.write(details.id(), format, out)), AttachmentType.DOWNLOAD,
                    getTranslation("appointment.action." + format.extension()));
            link.setId("cadre-form-" + format.extension());
            link.addClassName("portal-link-button");
            return (Component) link;
        }).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        links.add(lrmxLink(details));
        return links;
    }

    /** The same form as an LRMX file, for the 任免审批表 editor: the same rule, the same access log. */
    private Component lrmxLink(CadreDetails details) {
        Anchor export = new Anchor(Downloads.file(details.form().getName() + ".lrmx", LRMX_TYPE,
                out -> lrmx.exportCadre(details.id(), out)), AttachmentType.DOWNLOAD,
                getTranslation("cadre.action.exportLrmx"));
        export.addClassName("portal-link-button");
        export.setId("export-lrmx");
        return export;
    }

    /**
     * 能下能再上: while the impact period of a 下 runs, the header says until when (a 上 then needs a reason,
     * or is barred); hidden when none runs or the reader may not read the career.
     */
    private Span impactTag(CadreDetails details) {
        Span tag = new Span();
        tag.setId("cadre-impact");
        tag.setVisible(false);
        if (user.holds(PortalStaff.class)) {
            LocalDate today = LocalDate.now(clock);
            cadres.career(details.id()).stream().map(CareerRow::impactUntil).filter(d -> d != null && !d.isBefore(today))
                    .max(LocalDate::compareTo).ifPresent(until -> {
                        tag.setText(getTranslation("cadre.impactUntil", until.toString()));
                        tag.getElement().setAttribute("title", getTranslation("cadre.impactUntilHint"));
                        tag.addClassNames("portal-tag", "portal-tag-impact");
                        tag.setVisible(true);
                    });
        }
        return tag;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
