package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.audit.RecordAccess;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.CadreMobiles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.Role;

/**
 * The cadre's mobile number on the cadre's page: masked for every reader; the whole number only on "show",
 * for a role allowed personal data (the read is logged); a clerk changes it in place.
 */
class MobileLine extends HorizontalLayout {

    private final CadreMobiles mobiles;
    private final long cadreId;
    private final Span value = new Span();

    MobileLine(CadreMobiles mobiles, long cadreId, CurrentUser user) {
        this.mobiles = mobiles;
        this.cadreId = cadreId;
        setId("cadre-mobile");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        value.setId("cadre-mobile-value");
        showMasked();
        add(new Span(getTranslation("cadre.field.mobile") + "："), value);
        if (RecordAccess.rolesFor(AccessTypes.PERSONAL).stream().anyMatch(user::has)) {
            Button show = new Button(getTranslation("cadre.mobile.show"), e -> {
                String n = mobiles.reveal(cadreId);
                value.setText(n.isEmpty() ? getTranslation("cadre.mobile.none") : n);
            });
            show.setId("cadre-mobile-show");
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add(show);
        }
        if (user.has(Role.CLERK)) {
            TextField edit = new TextField();
            edit.setId("cadre-mobile-field");
            edit.setPlaceholder(getTranslation("cadre.mobile.placeholder"));
            edit.setMaxLength(16);
            Button save = new Button(getTranslation("cadre.mobile.edit"), e -> {
                try {
                    mobiles.change(cadreId, edit.getValue());
                    edit.setInvalid(false);
                    edit.clear();
                    showMasked();
                    Notification.show(getTranslation("cadre.mobile.saved"));
                } catch (FieldException ex) {
                    edit.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    edit.setInvalid(true);
                }
            });
            save.setId("cadre-mobile-save");
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(edit, save);
        }
    }

    private void showMasked() {
        String masked = mobiles.masked(cadreId);
        value.setText(masked.isEmpty() ? getTranslation("cadre.mobile.none") : masked);
    }
}
