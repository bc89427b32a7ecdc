package org.cadreportal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.notification.OutboxAdmin;
import org.cadreportal.notification.OutboxRow;
import org.cadreportal.notification.OutboxStatus;
import org.cadreportal.security.AppRoles;

/**
 * 消息发送队列: what the outbox still has to send and what it gave up on, with the last error, so an
 * administrator sees a channel that is down and queues the failed messages again once it is back.
 */
@Route("admin/outbox")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.outbox", order = 100, icon = "vaadin:envelopes-o")
public class OutboxView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final OutboxAdmin outbox;
    private final Grid<OutboxRow> grid = new Grid<>(OutboxRow.class, false);
    private final Select<OutboxStatus> status = new Select<>();
    private final Select<String> channel = new Select<>();
    private final Span total = new Span();

    public OutboxView(OutboxAdmin outbox) {
        this.outbox = outbox;
        addClassName("portal-page");
        add(new ViewToolbar(getTranslation("outbox.title")));
        FilterSelects.configure(status, Arrays.asList(OutboxStatus.values()), s -> getTranslation(s.labelKey()),
                "outbox.field.status", "10em");
        status.setId("outbox-status");
        status.setValue(OutboxStatus.FAILED);
        status.addValueChangeListener(e -> refresh());
        FilterSelects.configure(channel, List.of("SMS", "EMAIL"), c -> getTranslation("outbox.channel." + c),
                "outbox.field.channel", "9em");
        channel.setId("outbox-channel");
        channel.addValueChangeListener(e -> refresh());
        total.setId("outbox-total");
        HorizontalLayout bar = new HorizontalLayout(status, channel, total);
        bar.addClassName("portal-filter-bar");
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(bar);
        configureGrid();
        add(grid);
    }

    private void configureGrid() {
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> when(r.createdAt())).setHeader(getTranslation("outbox.field.createdAt"))
                .setSortProperty("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("outbox.channel." + r.channel())).setHeader(getTranslation("outbox.field.channel"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxRow::recipient).setHeader(getTranslation("outbox.field.recipient")).setAutoWidth(true);
        grid.addColumn(r -> r.subject() == null ? r.body() : r.subject() + " · " + r.body())
                .setHeader(getTranslation("outbox.field.body")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("outbox.field.status"))
                .setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutboxRow::attempts).setHeader(getTranslation("outbox.field.attempts"))
                .setSortProperty("attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> when(r.status() == OutboxStatus.SENT ? r.sentAt() : r.nextAttemptAt()))
                .setHeader(getTranslation("outbox.field.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader(getTranslation("outbox.field.error"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("outbox.field.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> outbox.page(status.getValue(), channel.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> {
                    long n = outbox.count(status.getValue(), channel.getValue());
                    total.setText(getTranslation("outbox.total", n));
                    return (int) n;
                });
        grid.setEmptyStateText(getTranslation("outbox.empty"));
    }

    private Component actions(OutboxRow r) {
        if (r.status() != OutboxStatus.FAILED) {
            return new Span();
        }
        Button retry = new Button(getTranslation("outbox.action.retry"), e -> {
            try {
                outbox.retry(r.id());
                Notices.success("outbox.retried");
                refresh();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        retry.setId("outbox-retry-" + r.id());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retry;
    }

    private static String when(LocalDateTime t) {
        return t == null ? "" : t.format(WHEN);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.title");
    }
}
