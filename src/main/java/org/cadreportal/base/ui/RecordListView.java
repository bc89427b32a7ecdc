package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.io.OutputStream;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.PageRequest;

/**
 * A page that lists one kind of record: the title row with its actions, the filters, the count and the grid,
 * filled a page at a time by the database with the filter the user last set; a click on a row opens its record.
 * The texts come from one key prefix: {@code <prefix>.title}, {@code <prefix>.total} (given the count) and
 * {@code <prefix>.empty}.
 *
 * @param <R> the row the grid shows
 * @param <F> the filter the service pages by
 */
public abstract class RecordListView<R, F> extends Div implements HasDynamicTitle {

    protected final Grid<R> grid;
    protected final Span total = new Span();
    private final String keys;
    private F filter;

    protected RecordListView(Class<R> rowType, String keys, F filter) {
        this.grid = new Grid<>(rowType, false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        this.keys = keys;
        this.filter = filter;
        addClassName("portal-page");
    }

    /** The title row with the view's actions, then what stands between it and the list (filters, tabs). */
    protected void head(Component actions, Component... between) {
        add(new ViewToolbar(getTranslation(keys + ".title"), actions));
        add(between);
    }

    /** The title row of a list that has no actions. */
    protected void head() {
        add(new ViewToolbar(getTranslation(keys + ".title")));
    }

    /** The grid under its count, each page asked of the service with the current filter; sortable by columns. */
    protected void pages(String gridId, BiFunction<F, PageRequest, ? extends Iterable<R>> page,
                         ToLongFunction<F> count) {
        pagesOf(gridId, p -> page.apply(filter, p), () -> count.applyAsLong(filter));
        grid.setMultiSort(true);
    }

    /** The grid under its count, for a list without filters (the user's own work), sorted by one column. */
    protected void pagesOf(String gridId, Function<PageRequest, ? extends Iterable<R>> page, LongSupplier count) {
        ListGrid.page(grid, p -> StreamSupport.stream(page.apply(p).spliterator(), false), count, total,
                keys + ".total");
        show(gridId, total);
    }

    /** The grid, already given its items, under the line that counts them. */
    protected void show(String gridId, Component count) {
        grid.setId(gridId);
        grid.setEmptyStateText(getTranslation(keys + ".empty"));
        add(count, grid);
    }

    /** A click on a row opens the record's page. */
    protected <T, C extends Component & HasUrlParameter<T>> void opens(Class<C> view, Function<R, T> parameter) {
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(view, parameter.apply(e.getItem()))));
    }

    /** The 导出 link: the rows the current filter lists, as an Excel workbook; {@code id} may be null. */
    protected Anchor export(String fileName, BiConsumer<F, OutputStream> writer, String id) {
        return Downloads.exportLink(Downloads.excel(fileName, out -> writer.accept(filter, out)), id);
    }

    protected F filter() {
        return filter;
    }

    /** Lists again with the filter the user has just set. */
    protected void refresh(F filter) {
        this.filter = filter;
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keys + ".title") + " · " + getTranslation("app.title");
    }
}
