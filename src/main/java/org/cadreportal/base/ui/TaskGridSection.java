package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A {@link TaskSection} listing what waits on the user: its title with the count, then a grid (columns as the
 * feature sets them) filled a page at a time, a click opening the record. Hidden from a user who does not act on
 * such records, and when none waits.
 */
public abstract class TaskGridSection<T> extends ConcernedRecords<T> implements TaskSection {

    private final long growUpTo;

    /**
     * @param titleKey  the title's text, given how many wait
     * @param growUpTo  up to this many rows the grid grows with them; beyond, it scrolls
     * @param concerned whether the signed-in user acts on such records at all
     */
    protected TaskGridSection(String id, String titleKey, long growUpTo, BooleanSupplier concerned,
                              Function<Pageable, Page<T>> tasks) {
        super(id, titleKey, concerned, tasks);
        this.growUpTo = growUpTo;
    }

    /** The grid with its id and columns; the section fills it. */
    protected abstract Grid<T> grid();

    /** Opens a record clicked in the grid. */
    protected abstract void open(UI ui, T row);

    @Override
    public Optional<Component> section() {
        return first(1).<Component>map(first -> {
            long waiting = first.getTotalElements();
            Div section = new Div();
            section.setId(id());
            section.setWidthFull();
            section.add(new H3(section.getTranslation(titleKey(), waiting)));
            Grid<T> grid = grid();
            grid.setItems(q -> page(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                    q -> (int) page(PageRequest.of(0, 1)).getTotalElements());
            if (waiting <= growUpTo) {
                grid.setAllRowsVisible(true);
            }
            grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> open(ui, e.getItem())));
            section.add(grid);
            return section;
        });
    }
}
