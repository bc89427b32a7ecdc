package org.cadreportal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.cadreportal.base.ui.HomeCard;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/** A cadre sees their unread notices (a filing reminder, an interview) on the home page when they sign in. */
@org.springframework.stereotype.Component
class UnreadNoticesCard implements HomeCard {

    private static final int SHOWN = 5;

    private final NoticeService notices;
    private final CurrentUsers users;

    UnreadNoticesCard(NoticeService notices, CurrentUsers users) {
        this.notices = notices;
        this.users = users;
    }

    @Override
    public Optional<Component> card() {
        if (users.current().filter(u -> u.has(Role.CADRE)).isEmpty()) {
            return Optional.empty();
        }
        long unread = notices.countUnread();
        if (unread == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div card = HomeCard.records("home-unread-notices", ui.getTranslation("notice.unread.title", unread));
        notices.myNotices().stream().filter(n -> !n.read()).limit(SHOWN).forEach(n -> card.add(line(n)));
        card.add(new Anchor("my-notices", ui.getTranslation("notice.unread.all")));
        return Optional.of(card);
    }

    private static Div line(NoticeRow n) {
        Span title = new Span(n.title());
        title.addClassName("portal-record-title");
        Div line = new Div(n.link() == null ? title : new Anchor(n.link(), n.title()));
        line.addClassName("portal-record-unread");
        line.addClassName("portal-record");
        return line;
    }
}
