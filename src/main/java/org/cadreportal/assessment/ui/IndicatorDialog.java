package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadreportal.assessment.DataSource;
import org.cadreportal.assessment.DimensionRow;
import org.cadreportal.assessment.Direction;
import org.cadreportal.assessment.IndicatorForm;
import org.cadreportal.assessment.IndicatorRow;
import org.cadreportal.assessment.Method;
import org.cadreportal.assessment.PlanDetails;
import org.cadreportal.assessment.PlanService;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.security.UnitCatalog;
import org.cadreportal.security.UnitCatalog.UnitOption;

/**
 * A new or changed indicator of a draft plan. The methods offered follow the data source, and only the parameters
 * the method uses are shown; the service checks everything again and its refusals land on the field they concern.
 */
class IndicatorDialog extends Dialog {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Select<DimensionRow> dimension = new Select<>();
    private final TextField code = text("code", 20);
    private final TextField name = text("name", 200);
    private final TextField measure = text("measure", 40);
    private final Select<Direction> direction = new Select<>();
    private final Select<DataSource> source = new Select<>();
    private final Select<Method> method = new Select<>();
    private final BigDecimalField cap = number("cap");
    private final BigDecimalField base = number("base");
    private final BigDecimalField step = number("step");
    private final BigDecimalField perEvent = number("perEvent");
    private final ComboBox<UnitOption> scoringUnit = new ComboBox<>();
    private final TextArea definition = new TextArea();

    IndicatorDialog(PlanService plans, UnitCatalog units, PlanDetails details, IndicatorRow existing, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "assessment.editor.addIndicator" : "assessment.editor.editIndicator"));
        select(dimension, "dimensionId", details.dimensions(), DimensionRow::name);
        select(direction, "direction", List.of(Direction.values()), d -> getTranslation(d.labelKey()));
        select(source, "source", List.of(DataSource.values()), s -> getTranslation(s.labelKey()));
        select(method, "method", List.of(Method.values()), m -> getTranslation(m.labelKey()));
        List<UnitOption> options = units.allUnits();
        scoringUnit.setLabel(getTranslation("assessment.field.scoringUnitId"));
        scoringUnit.setId("indicator-scoringUnitId");
        scoringUnit.setItems(options);
        scoringUnit.setItemLabelGenerator(o -> "\u3000".repeat(Math.max(0, o.depth())) + o.label());
        scoringUnit.setClearButtonVisible(true);
        scoringUnit.setHelperText(getTranslation("assessment.field.scoringUnitId.help"));
        fields.put("scoringUnitId", scoringUnit);
        definition.setLabel(getTranslation("assessment.field.definition"));
        definition.setId("indicator-definition");
        definition.setMaxLength(2000);
        fields.put("definition", definition);
        source.addValueChangeListener(e -> sourceChanged());
        method.addValueChangeListener(e -> parameters());
        FormLayout form = new FormLayout(dimension, code, name, measure, direction, source, method, cap, base, step,
                perEvent, scoringUnit, definition);
        form.setColspan(name, 2);
        form.setColspan(definition, 2);
        add(form);
        if (existing != null) {
            read(existing.form(), options);
        } else {
            dimension.setValue(details.dimensions().isEmpty() ? null : details.dimensions().get(0));
            direction.setValue(Direction.POSITIVE);
            source.setValue(DataSource.STATISTICS);
        }
        parameters();
        DialogButtons.of(this, "action.save", "indicator-save", e -> DialogButtons.save(this, fields,
                () -> existing == null ? plans.addIndicator(details.plan().id(), form())
                        : plans.updateIndicator(existing.id(), existing.version(), form()).id(), id -> saved.run()));
        setWidth("min(760px, 95vw)");
    }

    private void read(IndicatorForm f, List<UnitOption> options) {
        dimension.getListDataView().getItems().filter(d -> d.id() == f.dimensionId()).findFirst()
                .ifPresent(dimension::setValue);
        code.setValue(f.code());
        name.setValue(f.name());
        measure.setValue(f.measure() == null ? "" : f.measure());
        direction.setValue(f.direction());
        source.setValue(f.source());
        method.setValue(f.method());
        cap.setValue(f.cap());
        base.setValue(f.base());
        step.setValue(f.step());
        perEvent.setValue(f.perEvent());
        options.stream().filter(o -> f.scoringUnitId() != null && o.id() == f.scoringUnitId()).findFirst()
                .ifPresent(scoringUnit::setValue);
        definition.setValue(f.definition() == null ? "" : f.definition());
    }

    /** What the form holds; a parameter the method does not use is left out. */
    private IndicatorForm form() {
        DimensionRow d = dimension.getValue();
        return new IndicatorForm(d == null ? null : d.id(), code.getValue(), name.getValue(), measure.getValue(),
                direction.getValue(), source.getValue(), method.getValue(), shown(cap), shown(base), shown(step),
                shown(perEvent), scoringUnit.getValue() == null ? null : scoringUnit.getValue().id(),
                definition.getValue());
    }

    private static BigDecimal shown(BigDecimalField f) {
        return f.isVisible() ? f.getValue() : null;
    }

    /** Offers the methods that can score the source's data, keeping the chosen one if it still fits. */
    private void sourceChanged() {
        DataSource s = source.getValue();
        Method before = method.getValue();
        Set<Method> allowed = s == null ? Set.of(Method.values()) : s.methods();
        method.setItems(List.of(Method.values()).stream().filter(allowed::contains).toList());
        if (before != null && allowed.contains(before)) {
            method.setValue(before);
        } else {
            method.setValue(List.of(Method.values()).stream().filter(allowed::contains).findFirst().orElse(null));
        }
        parameters();
    }

    /** Shows the parameters the chosen method uses (DOMAIN.md §8a); supervision points come from the plan's rules. */
    private void parameters() {
        Method m = method.getValue();
        cap.setVisible(m == Method.TARGET_RATE);
        base.setVisible(m == Method.EFFICACY || m == Method.GROWTH);
        step.setVisible(m == Method.RANK);
        perEvent.setVisible((m == Method.BONUS || m == Method.DEDUCTION) && source.getValue() != DataSource.SUPERVISION);
    }

    private TextField text(String property, int max) {
        TextField f = new TextField(getTranslation("assessment.field." + property));
        f.setId("indicator-" + property);
        f.setMaxLength(max);
        fields.put(property, f);
        return f;
    }

    private BigDecimalField number(String property) {
        BigDecimalField f = new BigDecimalField(getTranslation("assessment.field." + property));
        f.setId("indicator-" + property);
        f.setHelperText(getTranslation("assessment.field." + property + ".help"));
        fields.put(property, f);
        return f;
    }

    private <T> void select(Select<T> s, String property, List<T> items,
                            ItemLabelGenerator<T> label) {
        s.setLabel(getTranslation("assessment.field." + property));
        s.setId("indicator-" + property);
        s.setItems(items);
        s.setItemLabelGenerator(label);
        fields.put(property, s);
    }
}
