package org.cadreportal.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import org.cadreportal.notification.NoticeService;

/**
 * The bell in the header: the signed-in user's unread notices as a badge, opening 我的消息. Counted again
 * on every navigation and whenever a view of this feature marks notices read.
 */
class NoticeBell extends Button implements AfterNavigationObserver {

    private final NoticeService notices;
    private final Span count = new Span();
    private Registration changes;

    NoticeBell(NoticeService notices) {
        this.notices = notices;
        setId("notice-bell");
        addClassName("portal-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("notice-bell-count");
        count.addClassName("portal-bell-count");
        Span icon = new Span(new Icon(VaadinIcon.BELL), count);
        icon.addClassName("portal-bell-icon");
        setIcon(icon);
        addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("my-notices")));
        refresh();
    }

    void refresh() {
        long n = notices.countUnread();
        count.setText(n > 99 ? "99+" : String.valueOf(n));
        count.setVisible(n > 0);
        String label = getTranslation("notice.bell.label", n);
        setAriaLabel(label);
        setTooltipText(label);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent e) {
        changes = ComponentUtil.addListener(e.getUI(), NoticesChanged.class, ev -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (changes != null) {
            changes.remove();
        }
    }

    /** Fired on the UI when the user's notices were read, so the bell counts again at once. */
    static final class NoticesChanged extends ComponentEvent<UI> {

        NoticesChanged(UI ui) {
            super(ui, false);
        }

        static void fire(UI ui) {
            ComponentUtil.fireEvent(ui, new NoticesChanged(ui));
        }
    }
}
