package org.cadreportal.inspection.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.inspection.InspectedCadre;
import org.cadreportal.inspection.InspectionForm;
import org.cadreportal.inspection.InspectionRow;
import org.cadreportal.inspection.InspectionService;
import org.cadreportal.inspection.Recommendation;
import org.cadreportal.org.UnitNode;

/**
 * A frontline inspection as recorded (or corrected): when and where, the 一线 type, who inspected, what they
 * found, and each cadre they saw with the recommendation made for them.
 */
class InspectionDialog extends Dialog {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Grid<Seen> seenGrid = new Grid<>(Seen.class, false);
    private final ComboBox<CadreRow> picker = new ComboBox<>();

    /** A cadre picked in the dialog; the recommendation is chosen on their line. */
    static final class Seen {
        private final long cadreId;
        private final String name;
        private final String label;
        private Recommendation recommendation;

        Seen(long cadreId, String name, String label, Recommendation recommendation) {
            this.cadreId = cadreId;
            this.name = name;
            this.label = label;
            this.recommendation = recommendation;
        }
    }

    InspectionDialog(InspectionService inspections, ArchiveService archive, CadreService cadres, List<UnitNode> units,
                     LocalDate today, InspectionRow existing, Consumer<InspectionRow> saved) {
        setHeaderTitle(getTranslation(existing == null ? "inspection.create.title" : "inspection.edit.title"));
        setWidth("min(720px, 95vw)");
        BeanValidationBinder<InspectionForm> binder = Binders.of(InspectionForm.class);

        DatePicker date = new DatePicker(getTranslation("inspection.field.date"));
        date.setId("inspection-date");
        date.setMax(today);
        binder.forField(date).bind("inspectedOn");
        Select<TermRow> type = new Select<>();
        type.setLabel(getTranslation("inspection.field.type"));
        type.setId("inspection-type");
        List<TermRow> types = types(archive, existing);
        type.setItems(types);
        type.setItemLabelGenerator(t -> t == null ? "" : t.name(getLocale()));
        binder.forField(type).withConverter(Converter.<TermRow, Long>from(t -> Result.ok(t == null ? null : t.id()),
                id -> types.stream().filter(t -> id != null && t.id() == id).findFirst().orElse(null))).bind("typeId");
        ComboBox<UnitNode> unit = new ComboBox<>(getTranslation("inspection.field.unit"));
        unit.setId("inspection-unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(UnitNode::indentedName);
        binder.forField(unit).withConverter(Converter.<UnitNode, Long>from(u -> Result.ok(u == null ? null : u.id()),
                id -> units.stream().filter(u -> id != null && u.id() == id).findFirst().orElse(null))).bind("unitId");
        TextField inspectors = new TextField(getTranslation("inspection.field.inspectors"));
        inspectors.setId("inspection-inspectors");
        inspectors.setMaxLength(200);
        binder.forField(inspectors).bind("inspectors");
        TextArea finding = new TextArea(getTranslation("inspection.field.finding"));
        finding.setId("inspection-finding");
        finding.setMaxLength(2000);
        finding.setMinHeight("6em");
        binder.forField(finding).bind("finding");

        picker.setLabel(getTranslation("inspection.field.cadres"));
        picker.setPlaceholder(getTranslation("inspection.field.addCadreHint"));
        picker.setId("inspection-cadre-picker");
        picker.setItems(q -> cadres.page(new CadreFilter(q.getFilter().orElse(""), null, null, null, null,
                CadreStatus.ACTIVE), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        picker.setItemLabelGenerator(c -> c.name() + "（" + c.unitName() + " " + c.postTitle() + "）");
        picker.setPrefixComponent(new Icon(VaadinIcon.USER_CHECK));
        picker.addValueChangeListener(e -> {
            CadreRow c = e.getValue();
            if (c == null) {
                return;
            }
            if (seen.stream().noneMatch(s -> s.cadreId == c.id())) {
                seen.add(new Seen(c.id(), c.name(), picker.getItemLabelGenerator().apply(c), Recommendation.NONE));
                seenGrid.getDataProvider().refreshAll();
            }
            picker.setInvalid(false);
            picker.clear();
        });
        configureSeen();

        FormLayout form = new FormLayout(date, type, unit, inspectors, finding, picker);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(finding, 2);
        form.setColspan(picker, 2);
        add(form, seenGrid);
        fields.putAll(Map.of("inspectedOn", date, "typeId", type, "unitId", unit, "inspectors", inspectors,
                "finding", finding, "cadres", picker));

        InspectionForm bean = new InspectionForm();
        if (existing != null) {
            bean.setInspectedOn(existing.inspectedOn());
            bean.setTypeId(existing.typeId());
            bean.setUnitId(existing.unitId());
            bean.setInspectors(existing.inspectors());
            bean.setFinding(existing.finding());
            existing.cadres().forEach(c -> seen.add(new Seen(c.cadreId(), c.name(), c.name(), c.recommendation())));
        } else {
            bean.setInspectedOn(today);
        }
        binder.readBean(bean);

        DialogButtons.of(this, "action.save", "inspection-save", e -> {
            FieldErrors.clear(fields);
            boolean valid = binder.writeBeanIfValid(bean);
            if (seen.isEmpty()) {
                picker.setErrorMessage(getTranslation("inspection.error.noCadres"));
                picker.setInvalid(true);
                valid = false;
            }
            if (!valid) {
                return;
            }
            bean.setCadres(seen.stream().map(s -> new InspectedCadre(s.cadreId, s.name, s.recommendation)).toList());
            DialogButtons.save(this, fields, () -> existing == null ? inspections.save(null, null, bean)
                    : inspections.save(existing.id(), existing.version(), bean), saved);
        });
    }

    /** The active 一线 types, and the inspection's own type even if it has been retired since. */
    private static List<TermRow> types(ArchiveService archive, InspectionRow existing) {
        List<TermRow> active = new ArrayList<>(archive.terms(TermKind.FRONTLINE, true));
        if (existing != null && active.stream().noneMatch(t -> t.id() == existing.typeId())) {
            archive.terms(TermKind.FRONTLINE, false).stream().filter(t -> t.id() == existing.typeId()).findFirst()
                    .ifPresent(t -> active.addFirst(t));
        }
        return active;
    }

    private void configureSeen() {
        seenGrid.setId("inspection-cadres");
        seenGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        seenGrid.addColumn(s -> s.label).setHeader(getTranslation("cadre.field.name")).setFlexGrow(3);
        seenGrid.addComponentColumn(s -> {
            Select<Recommendation> recommendation = new Select<>();
            recommendation.setItems(Recommendation.values());
            recommendation.setItemLabelGenerator(r -> r == null ? "" : getTranslation(r.labelKey()));
            recommendation.setValue(s.recommendation);
            recommendation.setAriaLabel(getTranslation("inspection.field.recommendation"));
            recommendation.setWidth("9.5em");
            recommendation.addValueChangeListener(e -> s.recommendation = e.getValue());
            return recommendation;
        }).setHeader(getTranslation("inspection.field.recommendation")).setWidth("11em").setFlexGrow(0);
        seenGrid.addComponentColumn(s -> {
            Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> {
                seen.remove(s);
                seenGrid.getDataProvider().refreshAll();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.setTooltipText(getTranslation("action.remove"));
            return remove;
        }).setWidth("4.5em").setFlexGrow(0);
        seenGrid.setItems(seen);
        seenGrid.setAllRowsVisible(true);
        seenGrid.setEmptyStateText(getTranslation("inspection.cadres.empty"));
    }
}
