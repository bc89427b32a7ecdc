package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;

/**
 * A list in 我的待办 of what a 年度考核 grade proposed (a 下 case for a poor grade, a 记功 for an 优秀 one): the
 * cadre, unit, grade and when it was raised, and two actions, the feature's own "open" and a dismissal that
 * asks for a reason. Hidden when there is none. Ids and texts come from the two prefixes: the grid is
 * {@code <ids>-grid}, the buttons {@code <ids>-open-<id>} and {@code <ids>-dismiss-<id>}; the texts are the
 * keys {@code <keys>.heading}, {@code .cadre}, {@code .unit}, {@code .grade}, {@code .gradeLine},
 * {@code .raisedAt}, {@code .actions}, {@code .open}, {@code .dismiss}, {@code .dismiss.title} and
 * {@code .dismiss.confirm}.
 *
 * @param <R> the feature's proposal row
 */
public abstract class ProposalPanel<R> extends Div {

    /** What the panel shows of a proposal; {@code gradeKey} is the grade's translation key. */
    public record Line(long id, String cadreName, String unitName, int year, String gradeKey,
                          LocalDateTime raisedAt) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Up to this many rows the grid grows with them; beyond, it scrolls. */
    private static final int ALL_VISIBLE = 10;

    private final Supplier<List<R>> source;
    private final String ids;
    private final String keys;
    private final Grid<R> grid = new Grid<>();
    private final H3 heading = new H3();

    /**
     * @param id the panel's element id
     * @param ids the prefix of its grid's and buttons' ids
     * @param keys the prefix of its translation keys
     * @param source the open proposals in the user's scope
     */
    protected ProposalPanel(String id, String ids, String keys, Supplier<List<R>> source) {
        this.source = source;
        this.ids = ids;
        this.keys = keys;
        setId(id);
        setWidthFull();
        grid.setId(ids + "-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> line(r).cadreName()).setHeader(getTranslation(keys + ".cadre")).setAutoWidth(true);
        grid.addColumn(r -> line(r).unitName()).setHeader(getTranslation(keys + ".unit")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(keys + ".gradeLine", String.valueOf(line(r).year()),
                getTranslation(line(r).gradeKey()))).setHeader(getTranslation(keys + ".grade")).setAutoWidth(true);
        grid.addColumn(r -> WHEN.format(line(r).raisedAt())).setHeader(getTranslation(keys + ".raisedAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation(keys + ".actions")).setAutoWidth(true);
        add(heading, grid);
        refresh();
    }

    protected abstract Line line(R row);

    /** The feature's own way of acting on a proposal (a confirmation, a form); it calls {@link #refresh}. */
    protected abstract void open(R row);

    /** Closes the proposal with the clerk's reason; a refusal about the reason is a {@link FieldException}. */
    protected abstract void dismiss(R row, String reason);

    private HorizontalLayout actions(R r) {
        long id = line(r).id();
        Button open = new Button(getTranslation(keys + ".open"), e -> open(r));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        open.setId(ids + "-open-" + id);
        Button dismiss = new Button(getTranslation(keys + ".dismiss"),
                e -> ReasonDialog.reason(keys + ".dismiss.title", keys + ".dismiss.confirm", reason -> {
                    try {
                        dismiss(r, reason);
                        Notices.success("notice.saved");
                    } catch (FieldException ex) {
                        throw ex;
                    } catch (PortalException ex) {
                        Notices.error(ex);
                    }
                    refresh();
                    return true;
                }));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        dismiss.setId(ids + "-dismiss-" + id);
        return new HorizontalLayout(open, dismiss);
    }

    public void refresh() {
        List<R> rows = source.get();
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= ALL_VISIBLE);
        heading.setText(getTranslation(keys + ".heading", rows.size()));
        setVisible(!rows.isEmpty());
    }
}
