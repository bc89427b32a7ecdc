package org.cadreportal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;

/** A list's grid filled a page at a time by the database (filter and sort in SQL), its total shown above it. */
public final class ListGrid {

    private ListGrid() {
    }

    /** {@code totalKey} is the total's text, given the count. */
    public static <T> void page(Grid<T> grid, Function<PageRequest, Stream<T>> page, LongSupplier count, Span total,
                                String totalKey) {
        grid.setItems(q -> page.apply(VaadinSpringDataHelpers.toSpringPageRequest(q)), q -> {
            long n = count.getAsLong();
            total.setText(grid.getTranslation(totalKey, n));
            return (int) Math.min(n, Integer.MAX_VALUE);
        });
    }
}
