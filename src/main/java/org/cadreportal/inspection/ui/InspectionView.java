package org.cadreportal.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.base.ui.Facts;
import org.cadreportal.base.ui.RecordView;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.inspection.InspectedCadre;
import org.cadreportal.inspection.InspectionRow;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.org.OrgService;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.OrganisationAndCommittee;
import org.cadreportal.security.roles.PortalStaff;

/**
 * One frontline inspection: when, where, who inspected, what they found, and each cadre seen with the
 * recommendation made (each linking to the cadre). An inspection outside the scope looks like a missing one.
 */
@Route("inspection")
@PortalStaff
public class InspectionView extends RecordView implements HasUrlParameter<String> {

    private final InspectionService inspections;
    private final ArchiveService archive;
    private final CadreService cadres;
    private final OrgService org;
    private final CurrentUser user;
    private final Clock clock;

    public InspectionView(InspectionService inspections, ArchiveService archive, CadreService cadres, OrgService org,
                          CurrentUsers users, Clock clock) {
        this.inspections = inspections;
        this.archive = archive;
        this.cadres = cadres;
        this.org = org;
        this.user = users.require();
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        show(inspections.get(RouteIds.parse(parameter)));
    }

    private void show(InspectionRow r) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.holds(OrganisationAndCommittee.class)) {
            Button edit = new Button(getTranslation("action.edit"), new Icon(VaadinIcon.EDIT),
                    e -> new InspectionDialog(inspections, archive, cadres, org.subtree(user.scopeUnitId()),
                            LocalDate.now(clock), r, saved -> show(inspections.get(saved.id()))).open());
            edit.setId("inspection-edit");
            actions.add(edit);
        }
        head(getTranslation("inspection.view.title") + " · " + r.inspectedOn() + " · " + r.unitName(), actions);
        Div facts = Facts.box("inspection-facts");
        facts.add(Facts.fact(getTranslation("inspection.field.date"), new Span(r.inspectedOn().toString())));
        facts.add(Facts.fact(getTranslation("inspection.field.unit"), new Span(r.unitName())));
        facts.add(Facts.fact(getTranslation("inspection.field.type"), new Span(r.type().in(getLocale()))));
        facts.add(Facts.fact(getTranslation("inspection.field.inspectors"), new Span(r.inspectors())));
        facts.add(Facts.wide(getTranslation("inspection.field.finding"), new Paragraph(r.finding())));
        add(facts, new H3(getTranslation("inspection.field.cadres")), seen(r));
    }

    /** Each cadre seen, linking to their page, with the recommendation made for them. */
    private Div seen(InspectionRow r) {
        Div list = new Div();
        list.setId("inspection-seen");
        list.addClassName("portal-inspected");
        for (InspectedCadre c : r.cadres()) {
            // A router link by the registry's route, not its view class: the registry's views are its own.
            Anchor name = new Anchor("cadre/" + c.cadreId(), c.name());
            name.getElement().setAttribute("router-link", true);
            Span recommendation = new Span(getTranslation(c.recommendation().labelKey()));
            recommendation.addClassNames("portal-tag",
                    c.recommendation().identifies() ? "portal-tag-active" : "portal-tag-info");
            Div line = new Div(name, recommendation);
            line.addClassName("portal-inspected-cadre");
            list.add(line);
        }
        return list;
    }
}
