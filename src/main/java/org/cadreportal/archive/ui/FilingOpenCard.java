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
import org.cadreportal.base.ui.RecordsCard;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A cadre sees on the home page the periods open for filing that 我的实绩 announces, each with its deadline and
 * whether they have filed for it, so that a phone user who signs in learns of a filing without looking for it.
 */
@org.springframework.stereotype.Component
class FilingOpenCard extends RecordsCard<PeriodRow> {

    private final ArchiveService archive;
    private final CurrentUsers users;

    FilingOpenCard(ArchiveService archive, CurrentUsers users, Clock clock) {
        // The periods open at once are a handful (a quarter, a half year): all of them are shown.
        super("home-filing-open", "archive.home.title", 10,
                () -> users.current().filter(u -> u.has(Role.CADRE) && u.cadreId() != null).isPresent(),
                first -> openPeriods(archive, clock));
        this.archive = archive;
        this.users = users;
    }

    private static Page<PeriodRow> openPeriods(ArchiveService archive, Clock clock) {
        List<PeriodRow> open = MyArchiveView.openPeriods(archive, clock);
        return new PageImpl<>(open, Pageable.unpaged(), open.size());
    }

    @Override
    protected Div line(UI ui, PeriodRow p) {
        Span name = new Span(p.name(ui.getLocale()));
        name.addClassName("portal-record-title");
        // Name, deadline and mark wrap as wholes on a phone, never inside the date.
        Div line = new Div(name, new Span(ui.getTranslation("archive.home.deadline", p.deadline())),
                tag(ui, users.require().cadreId(), p.id()));
        line.addClassName("portal-record-head");
        return line;
    }

    @Override
    protected Optional<Component> all(UI ui) {
        return Optional.of(new RouterLink(ui.getTranslation("archive.home.go"), MyArchiveView.class));
    }

    /**
     * Filed as 未填报 counts it: something submitted for the period, whatever became of it. A draft is not filed,
     * but the cadre is told it waits to be submitted rather than that nothing was done.
     */
    private Span tag(UI ui, long cadreId, long periodId) {
        EntryFilter period = new EntryFilter(null, null, periodId, null, null, null, null, cadreId);
        long all = archive.count(period);
        long drafts = archive.count(period.withStatus(EntryStatus.DRAFT));
        boolean filed = all > drafts;
        String key = filed ? "archive.home.filed" : drafts > 0 ? "archive.home.draftOnly" : "archive.home.notFiled";
        Span tag = new Span(ui.getTranslation(key));
        tag.addClassNames("portal-tag", filed ? "portal-tag-active" : "portal-tag-danger");
        return tag;
    }
}
