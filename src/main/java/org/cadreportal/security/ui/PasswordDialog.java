package org.cadreportal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserRow;

/** Sets a new password for a user (and lifts a lockout). */
class PasswordDialog extends Dialog {

    PasswordDialog(UserAdminService users, UserRow row) {
        setHeaderTitle(getTranslation("user.reset.title", row.displayName()));
        PasswordField password = new PasswordField(getTranslation("user.field.newPassword"));
        password.setHelperText(getTranslation("validation.password"));
        add(password);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                users.resetPassword(row.id(), password.getValue());
                Notices.success("notice.passwordReset");
                close();
            } catch (PortalException ex) {
                password.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
