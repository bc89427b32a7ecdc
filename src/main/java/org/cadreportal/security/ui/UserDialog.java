package org.cadreportal.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.EnumSet;
import java.util.List;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.security.Role;
import org.cadreportal.security.UnitCatalog;
import org.cadreportal.security.UnitCatalog.UnitOption;
import org.cadreportal.security.UserAdminService;
import org.cadreportal.security.UserForm;
import org.cadreportal.security.UserRow;

/** Create or edit a user: name, roles, data scope, enabled; a first password when creating. */
class UserDialog extends Dialog {

    UserDialog(UserAdminService users, UnitCatalog units, UserRow row, Runnable done) {
        setHeaderTitle(getTranslation(row == null ? "user.create.title" : "user.edit.title"));
        BeanValidationBinder<UserForm> binder = Binders.of(UserForm.class);
        TextField username = new TextField(getTranslation("user.field.username"));
        username.setId("user-username");
        binder.forField(username).bind("username");
        TextField displayName = new TextField(getTranslation("user.field.displayName"));
        displayName.setId("user-displayName");
        binder.forField(displayName).bind("displayName");
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("user.field.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        binder.forField(roles).bind("roles");
        List<UnitOption> options = units.allUnits();
        ComboBox<UnitOption> scope = new ComboBox<>(getTranslation("user.field.scope"));
        scope.setItems(options);
        scope.setItemLabelGenerator(o -> "\u3000".repeat(Math.max(0, o.depth())) + o.label());
        binder.forField(scope).asRequired(getTranslation("validation.required"))
                .bind(f -> options.stream().filter(o -> f.getScopeUnitId() != null && o.id() == f.getScopeUnitId())
                                .findFirst().orElse(null),
                        (f, o) -> f.setScopeUnitId(o == null ? null : o.id()));
        Checkbox enabled = new Checkbox(getTranslation("user.field.enabled"));
        binder.forField(enabled).bind("enabled");
        Checkbox chair = new Checkbox(getTranslation("user.field.meetingChair"));
        chair.setId("user-meetingChair");
        binder.forField(chair).bind("meetingChair");
        PasswordField password = new PasswordField(getTranslation("user.field.initialPassword"));
        password.setHelperText(getTranslation("validation.password"));
        password.setId("user-initialPassword");
        Checkbox mustChange = new Checkbox(getTranslation("user.field.mustChangePassword"));
        binder.forField(mustChange).bind("passwordChangeRequired");
        FormLayout layout = new FormLayout(username, displayName, scope, roles, enabled, chair);
        if (row == null) {
            layout.add(password, mustChange);
        }
        add(layout);
        setWidth("min(720px, 95vw)");

        UserForm form = new UserForm();
        if (row != null) {
            form.setUsername(row.username());
            form.setDisplayName(row.displayName());
            form.setRoles(row.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(row.roles()));
            form.setScopeUnitId(row.scopeUnitId());
            form.setEnabled(row.enabled());
            form.setMeetingChair(row.meetingChair());
            username.setReadOnly(true);
        }
        binder.readBean(form);
        DialogButtons.of(this, "action.save", "save-user", e -> {
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                if (row == null) {
                    users.create(form, password.getValue());
                } else {
                    users.update(row.id(), row.version(), form);
                }
                Notices.success("notice.saved");
                close();
                done.run();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
    }
}
