package org.cadreportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.cadreportal.base.PortalException;

/** Short confirmations and refusals, worded from translation keys. */
public final class Notices {

    private Notices() {
    }

    public static void success(String key, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(key, args), 3000,
                Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(PortalException e) {
        error(e.messageKey(), e.args());
    }

    public static void error(String key, Object... args) {
        Notification n = Notification.show(UI.getCurrent().getTranslation(key, args), 6000,
                Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
