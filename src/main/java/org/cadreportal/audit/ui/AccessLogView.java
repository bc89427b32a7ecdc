package org.cadreportal.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.cadreportal.audit.AccessAction;
import org.cadreportal.audit.AccessFilter;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessRow;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.ui.RecordListView;
import org.cadreportal.base.ui.SearchField;
import org.cadreportal.base.ui.FilterBar;
import org.cadreportal.base.ui.FilterSelects;
import org.cadreportal.security.AppRoles;
import org.springframework.data.domain.PageRequest;

/**
 * 访问日志: who read, exported or was refused which sensitive record, when and from where, newest first,
 * filtered in the database. Read-only: nothing here changes or removes an entry.
 */
@Route("admin/access-log")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.accessLog", order = 99, icon = "vaadin:eye")
public class AccessLogView extends RecordListView<AccessRow, AccessFilter> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AccessLog log;
    private final TextField user = new TextField();
    private final Select<String> recordType = new Select<>();
    private final Select<AccessAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public AccessLogView(AccessLog log) {
        super(AccessRow.class, "audit.log", AccessFilter.none());
        this.log = log;
        head();
        add(filters());
        configureGrid();
        total.setId("access-total");
    }

    private HorizontalLayout filters() {
        user.setId("access-user");
        SearchField.configure(user, "audit.log.field.user", "audit.log.filter.userHint", null);
        recordType.setId("access-record-type");
        FilterSelects.configure(recordType, AccessTypes.ALL, this::typeName, "audit.log.field.recordType", "10em");
        action.setId("access-action");
        FilterSelects.configure(action, List.of(AccessAction.values()), a -> getTranslation(a.labelKey()),
                "audit.log.field.action", "8em");
        FilterSelects.range(from, "audit.log.filter.from", "access-from", to, "audit.log.filter.to", "access-to",
                "9.5em");
        return FilterBar.of(this::refresh, user, recordType, action, from, to);
    }

    private void configureGrid() {
        Grid.Column<AccessRow> time = grid.addColumn(r -> r.accessedAt().format(TIME))
                .setHeader(getTranslation("audit.log.field.time")).setSortProperty("accessedAt")
                .setWidth("11em").setFlexGrow(0);
        grid.addColumn(r -> getTranslation("audit.log.userName", r.displayName(), r.username()))
                .setHeader(getTranslation("audit.log.field.user")).setSortProperty("username").setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.action().labelKey())).setHeader(getTranslation("audit.log.field.action"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(r -> typeName(r.recordType())).setHeader(getTranslation("audit.log.field.recordType"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(this::record).setHeader(getTranslation("audit.log.field.record"))
                .setTooltipGenerator(this::record).setFlexGrow(2);
        grid.addColumn(r -> r.remoteAddr() == null ? "" : r.remoteAddr())
                .setHeader(getTranslation("audit.log.field.address")).setWidth("9em").setFlexGrow(0);
        // The log's only query is a page; a one-row page carries the total.
        pagesOf("access-grid", p -> log.page(filter(), p),
                () -> log.page(filter(), PageRequest.of(0, 1)).getTotalElements());
        grid.sort(List.of(new GridSortOrder<>(time, SortDirection.DESCENDING)));
    }

    /** 查诬案件 for ACCUSATION; a type without a translation key shows as stored. */
    String typeName(String type) {
        if (type == null) {
            return "";
        }
        String key = "audit.type." + type;
        String name = getTranslation(key);
        return name == null || name.isBlank() || name.contains(key) ? type : name;
    }

    /** 第 12 号 · 张三 2025 年实绩; the label alone for an export, the id alone for a refusal. */
    private String record(AccessRow r) {
        String label = r.recordLabel() == null ? "" : r.recordLabel();
        if (r.recordId() == null) {
            return label;
        }
        return label.isEmpty() ? "#" + r.recordId() : "#" + r.recordId() + " · " + label;
    }

    private void refresh() {
        refresh(new AccessFilter(user.getValue(), recordType.getValue(), null, action.getValue(), from.getValue(),
                to.getValue()));
    }
}
