package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.ScoreCell;
import org.cadreportal.assessment.ScoreEntry;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.roles.AssessmentScorers;

/**
 * 评分录入: a designated scoring unit's staff pick one of the indicators assigned to their unit (the 考核办 any
 * hand-entered one), get the units of the groups that weight it with the values entered so far, and save the
 * changed cells in one call: all of them or, when one is refused, none, with the refused cell marked.
 */
@Route("assessment/:planId/scores")
@AssessmentScorers
public class ScoreEntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessment;
    private final Select<IndicatorRow> indicator = new Select<>();
    private final Paragraph rule = new Paragraph();
    private final Grid<ScoreCell> grid = new Grid<>(ScoreCell.class, false);
    private final Button save = new Button();
    private final Map<Long, BigDecimalField> cells = new HashMap<>();
    private List<ScoreCell> shown = List.of();
    private long planId;
    /** Why scores may not be entered now (a message key), or null while they are collected. */
    private String closed;

    public ScoreEntryView(AssessmentService assessment) {
        this.assessment = assessment;
        addClassName("portal-page");
        indicator.setId("assessment-scores-indicator");
        indicator.setLabel(getTranslation("assessment.scores.indicator"));
        indicator.setItemLabelGenerator(i -> i.code() + " " + i.name());
        indicator.setWidth("min(36em, 100%)");
        indicator.addValueChangeListener(e -> show(e.getValue()));
        rule.setId("assessment-scores-rule");
        grid.setId("assessment-scores-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ScoreCell::groupName).setHeader(getTranslation("assessment.group"));
        grid.addColumn(c -> c.unitCode() + " " + c.unitName()).setHeader(getTranslation("assessment.col.unitName"))
                .setFlexGrow(2);
        grid.addColumn(c -> StatisticsView.text(c.weight())).setHeader(getTranslation("assessment.weight"));
        grid.addComponentColumn(c -> cells.get(c.unitId())).setHeader(getTranslation("assessment.scores.value"))
                .setFlexGrow(2);
        grid.setHeight("60vh");
        save.setText(getTranslation("action.save"));
        save.setId("assessment-scores-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        planId = RouteIds.named(event.getRouteParameters(), "planId");
        List<IndicatorRow> mine = assessment.scoringIndicators(planId);
        removeAll();
        add(new ViewToolbar(getPageTitle(), save));
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("assessment.scores.empty"));
            empty.setId("assessment-scores-empty");
            save.setVisible(false);
            add(empty);
            return;
        }
        closed = assessment.scoringClosed(planId).orElse(null);
        save.setVisible(closed == null);
        indicator.setItems(mine);
        add(indicator, rule);
        if (closed != null) {
            // The values stay readable; saying why before anyone types beats refusing the save afterwards.
            Paragraph why = new Paragraph(getTranslation(closed));
            why.setId("assessment-scores-closed");
            why.addClassName("portal-case-findings");
            add(why);
        }
        add(grid);
        indicator.setValue(mine.get(0));
    }

    private void show(IndicatorRow ind) {
        cells.clear();
        if (ind == null) {
            shown = List.of();
            grid.setItems(shown);
            rule.setText("");
            return;
        }
        rule.setText(getTranslation("assessment.scores.rule." + ind.method().name()));
        shown = assessment.scoreSheet(planId, ind.id());
        for (ScoreCell c : shown) {
            BigDecimalField f = new BigDecimalField();
            f.setId("assessment-score-" + c.unitCode());
            f.setWidthFull();
            f.setReadOnly(closed != null);
            f.setValue(c.value() == null ? null : new BigDecimal(c.value().stripTrailingZeros().toPlainString()));
            cells.put(c.unitId(), f);
        }
        grid.setItems(shown);
    }

    /** The changed cells in one call; an emptied cell keeps its value (a value is corrected, never removed). */
    private void save() {
        IndicatorRow ind = indicator.getValue();
        if (ind == null) {
            return;
        }
        List<ScoreEntry> entries = new ArrayList<>();
        Map<String, BigDecimalField> byField = new HashMap<>();
        cells.values().forEach(f -> f.setInvalid(false));
        for (ScoreCell c : shown) {
            BigDecimalField f = cells.get(c.unitId());
            BigDecimal v = f.getValue();
            if (v != null && (c.value() == null || v.compareTo(c.value()) != 0)) {
                byField.put(ScoreEntry.field(entries.size()), f);
                entries.add(new ScoreEntry(ind.id(), c.unitId(), v));
            }
        }
        if (entries.isEmpty()) {
            Notices.success("assessment.scores.unchanged");
            return;
        }
        FieldErrors.attempt(byField, () -> {
            assessment.enterScores(planId, entries);
            return entries.size();
        }).ifPresent(n -> {
            Notices.success("assessment.scores.saved", n, ind.code());
            show(ind);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.scores.title");
    }
}
