package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.base.ui.SearchField;

/**
 * One group's weights: every indicator of the plan with its points in the group, typed in place, and the sum of
 * the points that count towards the total shown as it is typed against the group's total (in red while they
 * differ). Bonus, deduction and veto items carry their cap, outside the total. Saved through the service, which
 * receives only the weights changed (an emptied weight is zero, which removes it).
 */
class WeightsEditor extends Div {

    private final GroupRow group;
    private final Map<Long, BigDecimal> weights = new HashMap<>();
    private final Map<Long, IndicatorRow> byId = new LinkedHashMap<>();
    private final Paragraph sum = new Paragraph();

    WeightsEditor(PlanService plans, PlanDetails details, GroupRow group, boolean editable, Runnable saved) {
        this.group = group;
        weights.putAll(group.weights());
        details.indicators().forEach(i -> byId.put(i.id(), i));
        Map<Long, String> dimensions = new HashMap<>();
        details.dimensions().forEach(d -> dimensions.put(d.id(), d.name()));
        H3 heading = new H3(getTranslation("assessment.weights.title", group.name()));
        sum.setId("weights-sum");
        TextField filter = SearchField.configure(new TextField(), "assessment.editor.search",
                "assessment.editor.searchHint", "weights-filter");
        ListDataProvider<IndicatorRow> data = new ListDataProvider<>(details.indicators());
        Grid<IndicatorRow> grid = new Grid<>(IndicatorRow.class, false);
        grid.setId("weights-grid");
        grid.setEmptyStateText(getTranslation("assessment.indicators.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(IndicatorRow::code).setHeader(getTranslation("assessment.col.indicatorCode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IndicatorRow::name).setHeader(getTranslation("assessment.col.indicatorName")).setFlexGrow(3);
        grid.addColumn(i -> dimensions.get(i.dimensionId())).setHeader(getTranslation("assessment.dimension"));
        grid.addColumn(i -> getTranslation(i.method().labelKey())).setHeader(getTranslation("assessment.method"));
        grid.addColumn(i -> getTranslation(i.method().inTotal() ? "assessment.weights.inTotal" : "assessment.weights.cap"))
                .setHeader(getTranslation("assessment.weights.counts"));
        grid.addComponentColumn(i -> field(i, editable)).setHeader(getTranslation("assessment.weight")).setWidth("9em")
                .setFlexGrow(0);
        grid.setItems(data);
        grid.setHeight("50vh");
        filter.addValueChangeListener(e -> {
            String text = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            data.setFilter(i -> text.isEmpty() || i.code().toLowerCase(Locale.ROOT).contains(text)
                    || i.name().toLowerCase(Locale.ROOT).contains(text));
        });
        Button save = new Button(getTranslation("assessment.weights.save"), e -> {
            try {
                plans.setWeights(group.id(), changes());
                Notices.success("notice.saved");
                saved.run();
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("weights-save");
        save.setVisible(editable);
        add(heading, sum, filter, grid, save);
        showSum();
    }

    private BigDecimalField field(IndicatorRow i, boolean editable) {
        BigDecimalField f = new BigDecimalField();
        f.setId("weight-" + i.code());
        f.setWidthFull();
        f.setValue(weights.get(i.id()));
        f.setReadOnly(!editable);
        f.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue().signum() == 0) {
                weights.remove(i.id());
            } else {
                weights.put(i.id(), e.getValue());
            }
            showSum();
        });
        return f;
    }

    /** The points counting towards the total, as typed so far. */
    BigDecimal typedSum() {
        return weights.entrySet().stream().filter(e -> byId.containsKey(e.getKey())
                        && byId.get(e.getKey()).method().inTotal())
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void showSum() {
        BigDecimal typed = typedSum();
        boolean balanced = typed.compareTo(group.total()) == 0;
        sum.setText(getTranslation(balanced ? "assessment.weights.sum" : "assessment.weights.sumOff",
                plain(typed), plain(group.total()), plain(group.total().subtract(typed).abs())));
        sum.setClassName("portal-text-danger", !balanced);
    }

    /** Only the weights that differ from the saved ones; one emptied is sent as zero. */
    private Map<Long, BigDecimal> changes() {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (Long id : byId.keySet()) {
            BigDecimal before = group.weights().get(id);
            BigDecimal now = weights.get(id);
            if (!same(before, now)) {
                out.put(id, now == null ? BigDecimal.ZERO : now);
            }
        }
        return out;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }

    private static String plain(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString();
    }
}
