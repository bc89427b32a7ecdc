package org.cadreportal.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.AccountService;

/**
 * 修改密码: every signed-in user changes his own password here; after an administrator set or reset it,
 * {@link PasswordChangeGuard} sends him here until he has.
 */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    public ChangePasswordView(AccountService account) {
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("password.title")));
        if (account.passwordChangeRequired()) {
            Paragraph required = new Paragraph(getTranslation("password.required"));
            required.setId("password-required");
            required.addClassName("portal-text-danger");
            add(required);
        }
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("password-new");
        next.setHelperText(getTranslation("password.help"));
        PasswordField again = new PasswordField(getTranslation("password.confirm"));
        again.setId("password-confirm");
        FormLayout form = new FormLayout(current, next, again);
        form.setMaxWidth("32em");
        Button save = new Button(getTranslation("action.save"), e -> {
            again.setInvalid(false);
            if (!next.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("password.mismatch"));
                again.setInvalid(true);
                return;
            }
            FieldErrors.attempt(Map.of("current", current, "next", next), () -> {
                account.changeOwnPassword(current.getValue(), next.getValue());
                return true;
            }).ifPresent(done -> {
                PasswordChangeGuard.changed();
                Notices.success("password.changed");
                UI.getCurrent().navigate("");
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        add(form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}
