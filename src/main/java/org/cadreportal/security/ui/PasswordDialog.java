package org.cadreportal.security.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.DialogButtons;
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
        DialogButtons.of(this, "action.save", null, e -> {
            try {
                users.resetPassword(row.id(), password.getValue());
                Notices.success("notice.passwordReset");
                close();
            } catch (PortalException ex) {
                password.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                password.setInvalid(true);
            }
        });
    }
}
