package org.cadreportal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.notification.NoticeRow;
import org.cadreportal.notification.NoticeService;
import org.cadreportal.security.AppRoles;

/** 我的消息: the notices sent to the signed-in cadre (reminders, interviews), newest first. */
@Route("my-notices")
@RolesAllowed(AppRoles.CADRE)
@Menu(title = "menu.myNotices", order = 7, icon = "vaadin:bell")
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
        add(new ViewToolbar(getTranslation("notice.mine.title")));
        Div list = new Div();
        list.setId("my-notices");
        list.addClassName("portal-records");
        List<NoticeRow> rows = notices.myNotices();
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("notice.mine.empty")));
        }
        for (NoticeRow n : rows) {
            Span title = new Span(n.title());
            title.addClassName("portal-record-title");
            Span when = new Span(n.createdAt().format(WHEN));
            when.addClassName("portal-record-who");
            Div head = new Div(title, when);
            head.addClassName("portal-record-head");
            Div entry = new Div(head, new Div(new Span(n.body())));
            entry.addClassName("portal-record");
            if (n.link() != null) {
                entry.add(new Anchor(n.link(), getTranslation("notice.open")));
            }
            if (!n.read()) {
                Button read = new Button(getTranslation("notice.markRead"), e -> {
                    notices.markRead(n.id());
                    render();
                });
                read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                entry.add(read);
                entry.addClassName("portal-record-unread");
            }
            list.add(entry);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.mine.title") + " · " + getTranslation("app.title");
    }
}
