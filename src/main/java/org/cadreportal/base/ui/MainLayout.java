package org.cadreportal.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The shell around every signed-in view. The side navigation lists only the menu entries the
 * current user may open (Vaadin filters them by each view's access annotation).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ShellUserSource users;
    private final java.util.List<HeaderWidget> widgets;
    private final SideNav nav = new SideNav();

    public MainLayout(ShellUserSource users, java.util.List<HeaderWidget> widgets) {
        this.users = users;
        this.widgets = widgets;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(nav));
        DrawerToggle toggle = new DrawerToggle();
        toggle.addClassName("portal-drawer-toggle");
        toggle.setAriaLabel(getTranslation("menu.toggle"));
        addToNavbar(toggle, userBar());
        nav.addClassName("portal-nav");
    }

    private Div brand() {
        Div brand = new Div();
        brand.addClassName("portal-brand");
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("portal-brand-title");
        Span sub = new Span(getTranslation("app.subtitle"));
        sub.addClassName("portal-brand-sub");
        brand.add(title, sub);
        return brand;
    }

    private HorizontalLayout userBar() {
        HorizontalLayout bar = new HorizontalLayout();
        // Not full width: it takes what the menu toggle leaves (portal.css), never the toggle's own place.
        bar.addClassName("portal-userbar");
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        users.currentShellUser().ifPresent(user -> {
            widgets.stream().sorted(java.util.Comparator.comparingInt(HeaderWidget::order))
                    .forEach(w -> w.widget().ifPresent(bar::add));
            Span name = new Span(new Icon(VaadinIcon.USER), new Span(user.displayName()));
            name.addClassName("portal-user-name");
            name.setId("current-user");
            name.setTitle(user.displayName());
            String roles = user.roleKeys().stream().map(this::getTranslation).collect(Collectors.joining("、"));
            Span role = new Span(roles);
            role.addClassName("portal-user-role");
            Span unit = new Span(user.unitName());
            unit.addClassName("portal-user-unit");
            bar.add(name, role, unit);
        });
        bar.add(new LanguageSwitch());
        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                e -> users.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        bar.add(logout);
        return bar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Built per navigation so that a language switch shows translated entries at once.
        nav.removeAll();
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("menu.toggleChildren")));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }
}
