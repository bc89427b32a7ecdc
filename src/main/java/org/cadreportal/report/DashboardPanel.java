package org.cadreportal.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A block a feature puts on the dashboard below the tiles, for what tiles cannot show (the grade counts of each
 * 考核类别, a group's rank chart). Like a home card it decides for itself whether the signed-in user sees it, and
 * its counts drill down through {@link FigureSource#records(String, String, LocalDate, LocalDate, Long,
 * org.springframework.data.domain.Pageable)} like a tile's; the dashboard knows none of the features.
 */
public interface DashboardPanel {

    /** The panel for the period ({@code from}..{@code to}) and unit subtree (null: the user's scope), if any. */
    Optional<Component> panel(LocalDate from, LocalDate to, Long unitId);

    /**
     * The panel narrowed to a part the dashboard's {@link FigureFilter} chose ({@code part}, null when none): a
     * panel that knows the part narrows to it, any other shows the whole.
     */
    default Optional<Component> panel(LocalDate from, LocalDate to, Long unitId, String part) {
        return panel(from, to, unitId);
    }

    default int order() {
        return 0;
    }

    /** A panel's box, under its heading, laid out like the tiles' sections above it. */
    static Div section(String id, String heading, Component... parts) {
        Div box = new Div(new H3(heading));
        box.add(parts);
        box.setId(id);
        box.addClassName("portal-dashboard-section");
        return box;
    }
}
