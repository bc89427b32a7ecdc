package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanRow;
import org.cadreportal.assessment.PlanStatus;
import org.cadreportal.assessment.StatisticsShare;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/**
 * The top of the plan editor's three pages (indicator library, groups and weights, rules): the plan's name, its
 * status, the share scored from statistics against the plan's minimum, and tabs between the pages. Whether the
 * pages may change the plan is decided here once: the 考核办 on a draft; everyone else, and every published plan,
 * reads only.
 */
final class PlanHeader extends Div {

    /** The editor's pages, in tab order. */
    enum Page {
        LIBRARY(PlanLibraryView.class, "assessment.editor.tab.library"),
        GROUPS(PlanGroupsView.class, "assessment.editor.tab.groups"),
        RULES(PlanRulesView.class, "assessment.editor.tab.rules");

        final Class<? extends Component> view;
        final String labelKey;

        Page(Class<? extends Component> view, String labelKey) {
            this.view = view;
            this.labelKey = labelKey;
        }
    }

    private final boolean editable;

    PlanHeader(PlanDetails details, CurrentUsers users, Page page, Component... actions) {
        PlanRow p = details.plan();
        boolean office = users.require().has(Role.ASSESSMENT);
        editable = office && p.status() == PlanStatus.DRAFT;
        for (Component action : actions) {
            action.setVisible(office);
            if (action instanceof Button b) {
                b.setEnabled(editable);
            }
        }
        Button back = new Button(getTranslation("assessment.editor.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(AssessmentView.class));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("plan-back");
        add(new ViewToolbar(title(p), back), facts(details));
        Tabs tabs = new Tabs();
        tabs.setId("plan-tabs");
        List<Page> pages = List.of(Page.values());
        for (Page each : pages) {
            Tab tab = new Tab(getTranslation(each.labelKey));
            tab.setId("plan-tab-" + each.name().toLowerCase(Locale.ROOT));
            tabs.add(tab);
        }
        tabs.setSelectedIndex(pages.indexOf(page));
        tabs.addSelectedChangeListener(e -> UI.getCurrent().navigate(pages.get(tabs.getSelectedIndex()).view,
                new RouteParameters("planId", String.valueOf(p.id()))));
        Div bar = new Div(actions);
        bar.addClassName("portal-view-actions");
        add(tabs, bar);
    }

    static String title(PlanRow p) {
        return UI.getCurrent().getTranslation("assessment.editor.title", String.valueOf(p.year()), p.name());
    }

    /** Whether the page's controls may change the plan (the service refuses anyway when not). */
    boolean editable() {
        return editable;
    }

    private Div facts(PlanDetails details) {
        PlanRow p = details.plan();
        StatisticsShare s = p.share();
        Paragraph status = new Paragraph(getTranslation("assessment.summary.status", getTranslation(p.status().labelKey()),
                details.groups().size(), s.indicators()));
        status.setId("plan-status");
        Paragraph share = new Paragraph(getTranslation("assessment.summary.share", s.fromStatistics(), s.indicators(),
                percent(s.countShare()), percent(s.weightShare()), percent(s.minimum())));
        share.setId("plan-share");
        if (!s.met()) {
            Span notMet = new Span(" " + getTranslation("assessment.summary.shareNotMet"));
            notMet.addClassName("portal-text-danger");
            share.add(notMet);
        }
        Div box = new Div(status, share);
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation(p.status() == PlanStatus.DRAFT
                    ? "assessment.editor.readOnly" : "assessment.editor.published"));
            readOnly.setId("plan-read-only");
            box.add(readOnly);
        }
        return box;
    }

    static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }
}
