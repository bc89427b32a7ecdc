package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.cadreportal.accusation.AccusationService;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.security.AppRoles;

/** 受理登记: a clerk registers a report; the case opens at 联席会议研判 and the clerk lands on its page. */
@Route("accusation/new")
@RolesAllowed(AppRoles.CLERK)
public class IntakeView extends Div implements HasDynamicTitle {

    public IntakeView(AccusationService cases, CadreService cadres, Clock clock) {
        addClassNames("portal-page", "portal-case");
        add(new ViewToolbar(getTranslation("accusation.intake.title"), AccusationListView.backLink()));
        IntakeFields intake = new IntakeFields(cadres, LocalDate.now(clock), null);
        Button save = new Button(getTranslation("accusation.intake.save"), new Icon(VaadinIcon.CHECK), e ->
                FieldErrors.attempt(intake.fields(), () -> cases.open(intake.read())).ifPresent(opened -> {
                    Notices.success("accusation.notice.opened", opened.header().caseNo());
                    getUI().ifPresent(ui -> ui.navigate(AccusationView.class, String.valueOf(opened.id())));
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("intake-save");
        Div form = new Div(intake, save);
        form.addClassNames("portal-form", "portal-card");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accusation.intake.title") + " · " + getTranslation("app.title");
    }
}
