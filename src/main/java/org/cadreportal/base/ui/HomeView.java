package org.cadreportal.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The landing page after sign-in: greets the user and points to the menu. */
@Route("")
@PermitAll
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(ShellUserSource users, java.util.List<HomeCard> cards) {
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("home.title")));
        String name = users.currentShellUser().map(ShellUser::displayName).orElse("");
        Div card = new Div(new H2(getTranslation("home.welcome", name)), new Paragraph(getTranslation("home.intro")));
        card.addClassName("portal-home-card");
        add(card);
        cards.forEach(c -> c.card().ifPresent(this::add));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.title");
    }
}
