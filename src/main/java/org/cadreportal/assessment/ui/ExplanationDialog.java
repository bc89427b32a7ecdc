package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.util.List;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.Evidence;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.ValueRow;

/**
 * How one score came about: the method's formula, the inputs and the group values it used, and what lies
 * behind them: the statistics row (with its history) or the supervision items and awards counted.
 */
class ExplanationDialog extends Dialog {

    ExplanationDialog(AssessmentService assessment, long planId, long unitId, SheetLine line) {
        setHeaderTitle(line.code() + " " + line.name());
        setWidth("min(760px, 95vw)");
        Div body = new Div();
        body.setId("assessment-explanation");
        body.add(new Paragraph(getTranslation("assessment.explain.score", line.score().stripTrailingZeros()
                .toPlainString(), line.weight().stripTrailingZeros().toPlainString())));
        Paragraph formula = new Paragraph(getTranslation("assessment.formula." + line.formula()));
        formula.setId("assessment-formula");
        body.add(formula);
        UnorderedList inputs = new UnorderedList();
        inputs.setId("assessment-inputs");
        line.inputs().forEach((k, v) -> inputs.add(new ListItem(getTranslation("assessment.input." + k) + ": " + v)));
        body.add(new H4(getTranslation("assessment.explain.inputs")), inputs);
        if (line.valueId() != null) {
            Button open = new Button(getTranslation("assessment.explain.valueRow"));
            open.setId("assessment-value-link");
            Div row = new Div();
            open.addClickListener(e -> {
                row.removeAll();
                row.add(valueRow(assessment.value(line.valueId())));
                open.setEnabled(false);
            });
            body.add(open, row);
            if (line.source() == DataSource.STATISTICS) {
                // The row on the data screen, selected: where the office corrects it.
                RouterLink data = new RouterLink(getTranslation("assessment.explain.dataScreen"), StatisticsView.class,
                        new RouteParameters("planId", String.valueOf(planId)));
                data.setQueryParameters(QueryParameters.of(StatisticsView.VALUE, String.valueOf(line.valueId())));
                data.setId("assessment-value-data-link");
                data.getElement().addEventListener("click", e -> close());
                body.add(new Div(data));
            }
        }
        List<Evidence> evidence = "SUPERVISION".equals(line.formula()) || line.method().name().equals("BONUS")
                ? assessment.evidence(planId, unitId, line.indicatorId()) : List.of();
        if (!evidence.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("assessment-evidence");
            for (Evidence ev : evidence) {
                ListItem item = new ListItem(getTranslation(ev.type().labelKey()) + " · " + ev.day() + " · ");
                item.add(new Anchor(ev.route(), ev.reference() == null ? ev.title() : ev.reference() + " " + ev.title()));
                list.add(item);
            }
            body.add(new H4(getTranslation("assessment.explain.evidence", evidence.size())), list);
        }
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div valueRow(ValueRow v) {
        Div box = new Div();
        box.setId("assessment-value-row");
        box.add(new Paragraph(getTranslation("assessment.explain.value", v.unitName(), v.indicatorCode(), text(v.actual()),
                text(v.previous()), text(v.target()), v.enteredBy(), v.enteredAt().withNano(0).toString().replace('T', ' '))));
        Grid<ValueRow.Change> history = new Grid<>(ValueRow.Change.class, false);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(c -> c.at().withNano(0).toString().replace('T', ' ')).setHeader(getTranslation("assessment.history.at"));
        history.addColumn(ValueRow.Change::by).setHeader(getTranslation("assessment.history.by"));
        history.addColumn(c -> text(c.actual())).setHeader(getTranslation("assessment.col.actual"));
        history.addColumn(c -> text(c.previous())).setHeader(getTranslation("assessment.col.previous"));
        history.addColumn(c -> text(c.target())).setHeader(getTranslation("assessment.col.target"));
        history.setItems(v.history());
        history.setAllRowsVisible(true);
        box.add(history);
        return box;
    }

    private static String text(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
