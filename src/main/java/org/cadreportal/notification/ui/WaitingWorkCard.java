package org.cadreportal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.ui.HomeCard;
import org.cadreportal.notification.WaitingWork;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.roles.PortalStaff;

/**
 * 待办工作 on a staff user's home page (issue 22 item 7): one line per kind of waiting work with its count,
 * each a link to the list it counts. The lines come from the same {@link WaitingWork} sources as the morning
 * digest, which ask the features' own task queries (我的待办, 审核队列 …), so the three never disagree.
 */
@org.springframework.stereotype.Component
@RequiredArgsConstructor
class WaitingWorkCard implements HomeCard {

    private final List<WaitingWork> sources;
    private final CurrentUsers users;

    @Override
    public Optional<Component> card() {
        Optional<CurrentUser> user = users.current().filter(u -> u.holds(PortalStaff.class));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        List<WaitingWork.WaitingLine> lines = new ArrayList<>();
        sources.forEach(s -> lines.addAll(s.waitingFor(user.get())));
        lines.removeIf(l -> l.count() <= 0);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div card = HomeCard.records("home-waiting-work", ui.getTranslation("home.waiting.title"));
        for (WaitingWork.WaitingLine l : lines) {
            Anchor link = new Anchor(l.link(), ui.getTranslation("digest.line", ui.getTranslation(l.label()), l.count()));
            link.setId("home-waiting-" + l.label().substring(l.label().lastIndexOf('.') + 1));
            Div line = new Div(link);
            line.addClassName("portal-record");
            card.add(line);
        }
        return Optional.of(card);
    }
}
