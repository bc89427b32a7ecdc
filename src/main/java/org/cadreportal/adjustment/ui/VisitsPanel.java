package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.VisitForm;
import org.cadreportal.adjustment.VisitRow;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;

/** 跟踪回访: the visits made so far and a line to record another. */
class VisitsPanel extends Div {

    VisitsPanel(AdjustmentService cases, CaseDetails c, Function<Supplier<CaseDetails>, Boolean> move) {
        addClassName("portal-visits");
        Grid<VisitRow> grid = new Grid<>(VisitRow.class, false);
        grid.setId("visit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(v -> v.visitDate().toString()).setHeader(getTranslation("adjustment.field.visitDate"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(VisitRow::visitor).setHeader(getTranslation("adjustment.field.visitor")).setWidth("7em")
                .setFlexGrow(0);
        grid.addColumn(VisitRow::notes).setHeader(getTranslation("adjustment.field.visitNotes"));
        grid.setItems(c.steps().visits());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("adjustment.visits.empty"));
        DatePicker date = new DatePicker(getTranslation("adjustment.field.visitDate"));
        date.setId("visit-date");
        TextField notes = new TextField(getTranslation("adjustment.field.visitNotes"));
        notes.setId("visit-notes");
        notes.setMaxLength(2000);
        notes.setWidth("24em");
        Map<String, HasValidation> fields = Map.of("visitDate", date, "notes", notes);
        Button add = new Button(getTranslation("adjustment.action.addVisit"), e -> {
            FieldErrors.clear(fields);
            try {
                move.apply(() -> cases.addVisit(c.id(), c.version(), new VisitForm(date.getValue(), notes.getValue())));
            } catch (FieldException ex) {
                FieldErrors.show(ex, fields);
            }
        });
        add.setId("visit-add");
        Div line = new Div(date, notes, add);
        line.addClassName("portal-visit-line");
        add(grid, line);
    }
}
