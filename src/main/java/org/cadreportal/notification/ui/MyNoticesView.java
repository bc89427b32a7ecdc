package org.cadreportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.RecordList;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.notification.NoticeLink;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;

/**
 * 我的消息: the signed-in user's notices (reminders, interviews, the morning digest), newest first. Opened
 * from the bell in the header, which every signed-in user has, so it needs no menu entry.
 */
@Route("my-notices")
@PermitAll
public class MyNoticesView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NoticeService notices;

    public MyNoticesView(NoticeService notices) {
        this.notices = notices;
        addClassName("portal-page");
        render();
    }

    private void render() {
        removeAll();
        Button all = new Button(getTranslation("notice.markAllRead"), e -> {
            int n = notices.markAllRead();
            changed();
            Notices.success("notice.markedAllRead", n);
        });
        all.setId("notices-mark-all");
        all.setEnabled(notices.countUnread() > 0);
        add(new ViewToolbar(getTranslation("notice.mine.title"), all));
        List<NoticeRow> rows = notices.myNotices();
        Div list = RecordList.of("my-notices", "portal-records", rows,
                new Paragraph(getTranslation("notice.mine.empty")));
        for (NoticeRow n : rows) {
            list.add(entry(n));
        }
        add(list);
    }

    private Div entry(NoticeRow n) {
        Span title = new Span(n.title());
        title.addClassName("portal-record-title");
        Span when = new Span(n.createdAt().format(WHEN));
        when.addClassName("portal-record-who");
        Div head = new Div(title, when);
        head.addClassName("portal-record-head");
        Div entry = new Div(head);
        entry.addClassName("portal-record");
        entry.setId("notice-" + n.id());
        if (n.links().isEmpty()) {
            Div body = new Div(new Span(n.body()));
            body.addClassName("portal-notice-body");
            entry.add(body);
            if (n.link() != null) {
                entry.add(new Anchor(n.link(), getTranslation("notice.open")));
            }
        } else {
            // A digest: each line opens its own list.
            for (NoticeLink l : n.links()) {
                entry.add(new Div(new Anchor(l.path(), l.label())));
            }
        }
        if (!n.read()) {
            Span unread = new Span(getTranslation("notice.unreadMark"));
            unread.addClassName("portal-notice-unread");
            head.add(unread);
            Button read = new Button(getTranslation("notice.markRead"), e -> {
                notices.markRead(n.id());
                changed();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.setId("notice-read-" + n.id());
            entry.add(read);
            entry.addClassName("portal-record-unread");
        }
        return entry;
    }

    private void changed() {
        render();
        getUI().ifPresent(NoticeBell.NoticesChanged::fire);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.mine.title") + " · " + getTranslation("app.title");
    }
}
