package org.cadreportal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.cadreportal.base.ui.RecordsCard;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/** A cadre sees their unread notices (a filing reminder, an interview) on the home page when they sign in. */
@org.springframework.stereotype.Component
class UnreadNoticesCard extends RecordsCard<NoticeRow> {

    UnreadNoticesCard(NoticeService notices, CurrentUsers users) {
        super("home-unread-notices", "notice.unread.title", 5,
                () -> users.has(Role.CADRE), notices::unread);
    }

    @Override
    protected Div line(UI ui, NoticeRow n) {
        Span title = new Span(n.title());
        title.addClassName("portal-record-title");
        Div line = new Div(n.link() == null ? title : new Anchor(n.link(), n.title()));
        line.addClassName("portal-record-unread");
        return line;
    }

    @Override
    protected Optional<Component> all(UI ui) {
        return Optional.of(new Anchor("my-notices", ui.getTranslation("notice.unread.all")));
    }
}
