package org.cadreportal.archive.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.MissingFiler;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.roles.FilingKeepers;

/**
 * 未填报干部: for one filing period, the cadres in scope who must file and have submitted nothing yet, and
 * one button that reminds them all in the portal.
 */
@Route("archive/missing")
@FilingKeepers
@Menu(title = "menu.missingFilers", order = 23, icon = "vaadin:bell-slash")
public class MissingFilersView extends Div implements HasDynamicTitle {

    private final ArchiveService archive;
    private final Select<PeriodRow> period = new Select<>();
    private final Span deadline = new Span();
    private final Span total = new Span();
    private static final java.time.format.DateTimeFormatter REMINDED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Grid<MissingFiler> grid = new Grid<>(MissingFiler.class, false);
    private final Button remind = new Button();
    private final LocalDate today;
    private long missing;

    public MissingFilersView(ArchiveService archive, Clock clock) {
        this.archive = archive;
        this.today = LocalDate.now(clock);
        addClassName("portal-page");
        remind.setText(getTranslation("archive.missing.remind"));
        remind.setIcon(new Icon(VaadinIcon.BELL));
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        remind.setId("remind-missing");
        remind.addClickListener(e -> confirmRemind());
        remind.setEnabled(false);
        add(new ViewToolbar(getTranslation("archive.missing.title"), remind));
        add(periodBar());
        configureGrid();
        total.setId("missing-total");
        add(total, grid);
        choosePeriod();
    }

    private HorizontalLayout periodBar() {
        period.setId("missing-period");
        period.setLabel(getTranslation("archive.field.period"));
        period.setItemLabelGenerator(p -> p == null ? "" : p.name(getLocale()));
        period.setWidth("16em");
        period.addValueChangeListener(e -> refresh());
        deadline.addClassName("portal-record-who");
        HorizontalLayout bar = new HorizontalLayout(period, deadline);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("portal-filter-bar");
        return bar;
    }

    private void configureGrid() {
        grid.setId("missing-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(MissingFiler::name).setHeader(getTranslation("cadre.field.name")).setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(MissingFiler::unitName).setHeader(getTranslation("cadre.field.unit")).setFlexGrow(2);
        grid.addColumn(MissingFiler::postTitle).setHeader(getTranslation("cadre.field.post")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation(m.category().labelKey())).setHeader(getTranslation("cadre.field.category"))
                .setWidth("7.5em").setFlexGrow(0);
        grid.addColumn(m -> m.remindedAt() == null ? "" : m.remindedAt().format(REMINDED))
                .setHeader(getTranslation("archive.missing.remindedAt")).setWidth("9.5em").setFlexGrow(0);
        grid.setItems(q -> selected() == null ? Stream.empty()
                        : archive.missingFilers(selected().id(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> showTotal(selected() == null ? 0 : archive.countMissingFilers(selected().id())));
        // By the registry's route: its views are its own.
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cadre/" + e.getItem().cadreId())));
    }

    /** The newest period still open today, else the newest one. */
    private void choosePeriod() {
        List<PeriodRow> periods = archive.periods();
        period.setItems(periods);
        grid.setEmptyStateText(getTranslation(periods.isEmpty() ? "archive.periods.empty" : "archive.missing.empty"));
        periods.stream().filter(p -> p.openOn(today)).findFirst().or(() -> periods.stream().findFirst())
                .ifPresentOrElse(period::setValue, this::refresh);
    }

    private PeriodRow selected() {
        return period.getValue();
    }

    private void refresh() {
        PeriodRow p = selected();
        deadline.setText(p == null ? "" : getTranslation("archive.missing.deadline", p.deadline().toString(),
                getTranslation(p.openOn(today) ? "archive.period.open" : "archive.period.closed")));
        grid.getDataProvider().refreshAll();
    }

    /** The grid counts once per refresh; the same figure feeds the total line and the button. */
    private int showTotal(long count) {
        missing = count;
        total.setText(getTranslation("archive.missing.total", count));
        remind.setEnabled(count > 0);
        return (int) count;
    }

    private void confirmRemind() {
        PeriodRow p = selected();
        if (p == null) {
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("remind-confirm");
        confirm.setHeader(getTranslation("archive.missing.remind"));
        confirm.setText(getTranslation("archive.missing.confirm", missing));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("action.confirm"));
        confirm.addConfirmListener(e -> {
            try {
                int reminded = archive.remindMissingFilers(p.id());
                Notices.success("archive.missing.reminded", reminded);
                grid.getDataProvider().refreshAll();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.missing.title") + " · " + getTranslation("app.title");
    }
}
