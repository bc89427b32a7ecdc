package org.cadreportal.archive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryFilter;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.base.ui.HomeCard;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;

/**
 * A cadre sees on the home page the periods open for filing that 我的实绩 announces, each with its deadline and
 * whether they have filed for it, so that a phone user who signs in learns of a filing without looking for it.
 */
@org.springframework.stereotype.Component
class FilingOpenCard implements HomeCard {

    private final ArchiveService archive;
    private final CurrentUsers users;
    private final Clock clock;

    FilingOpenCard(ArchiveService archive, CurrentUsers users, Clock clock) {
        this.archive = archive;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public Optional<Component> card() {
        Optional<Long> cadreId = users.current().filter(u -> u.has(Role.CADRE)).map(CurrentUser::cadreId);
        if (cadreId.isEmpty()) {
            return Optional.empty();
        }
        List<PeriodRow> open = MyArchiveView.openPeriods(archive, clock);
        if (open.isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Div card = HomeCard.records("home-filing-open", ui.getTranslation("archive.home.title"));
        for (PeriodRow p : open) {
            Span name = new Span(p.name(ui.getLocale()));
            name.addClassName("portal-record-title");
            // Name, deadline and mark wrap as wholes on a phone, never inside the date.
            Div line = new Div(name, new Span(ui.getTranslation("archive.home.deadline", p.deadline())),
                    tag(filed(cadreId.get(), p.id())));
            line.addClassNames("portal-record", "portal-record-head");
            card.add(line);
        }
        card.add(new RouterLink(ui.getTranslation("archive.home.go"), MyArchiveView.class));
        return Optional.of(card);
    }

    /** Filed as 未填报 counts it: something submitted for the period, whatever became of it; a draft is not. */
    private boolean filed(long cadreId, long periodId) {
        EntryFilter period = new EntryFilter(null, null, periodId, null, null, null, null, cadreId);
        return archive.count(period) > archive.count(period.withStatus(EntryStatus.DRAFT));
    }

    private static Span tag(boolean filed) {
        Span tag = new Span(UI.getCurrent().getTranslation(filed ? "archive.home.filed" : "archive.home.notFiled"));
        tag.addClassNames("portal-tag", filed ? "portal-tag-active" : "portal-tag-danger");
        return tag;
    }
}
