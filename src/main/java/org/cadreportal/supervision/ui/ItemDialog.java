package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.supervision.AspectRow;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.SupervisionService;

/** A new item (or a draft being edited): its place, method, units, responsible cadres, dates and milestones. */
class ItemDialog extends Dialog {

    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Div milestoneRows = new Div();
    private final List<MilestoneLine> lines = new ArrayList<>();

    private record MilestoneLine(TextField name, DatePicker due, IntegerField planned) {
    }

    ItemDialog(SupervisionService items, CadreService cadres, List<UnitNode> units, ItemDetails draft,
               Consumer<ItemDetails> saved) {
        setHeaderTitle(getTranslation(draft == null ? "supervision.create.title" : "supervision.edit.title"));
        setWidth("min(980px, 96vw)");
        TextField title = new TextField(getTranslation("supervision.field.title"));
        title.setId("item-title");
        title.setMaxLength(200);
        Select<AspectRow> aspect = new Select<>();
        aspect.setLabel(getTranslation("supervision.field.aspect"));
        aspect.setId("item-aspect");
        aspect.setItems(items.aspects());
        aspect.setItemLabelGenerator(a -> a == null ? "" : a.section(getLocale()) + " · " + a.name(getLocale()));
        Select<ControlMethod> method = Choices.select("supervision.field.method", "item-method",
                ControlMethod::labelKey, ControlMethod.values());
        // The type proposes its method (a setting); the officer may choose another for this item.
        LightSettings settings = items.settings();
        Select<ItemType> type = Choices.select("supervision.field.type", "item-type", ItemType::labelKey,
                ItemType.values());
        type.setValue(ItemType.FILING);
        method.setValue(settings.method(ItemType.FILING));
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                method.setValue(settings.method(e.getValue()));
            }
        });
        ComboBox<UnitNode> lead = new ComboBox<>(getTranslation("supervision.field.leadUnit"));
        lead.setId("item-lead");
        lead.setItems(units);
        lead.setItemLabelGenerator(UnitNode::name);
        MultiSelectComboBox<UnitNode> co = new MultiSelectComboBox<>(getTranslation("supervision.field.coUnits"));
        co.setItems(units);
        co.setItemLabelGenerator(UnitNode::name);
        MultiSelectComboBox<CadreRow> responsible = new MultiSelectComboBox<>(getTranslation("supervision.field.cadres"));
        responsible.setId("item-cadres");
        responsible.setItems(q -> cadres.page(new CadreFilter(q.getFilter().orElse(""), null, null, null, null,
                org.cadreportal.cadre.CadreStatus.ACTIVE), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        responsible.setItemLabelGenerator(c -> c.name() + "（" + c.unitName() + "）");
        DatePicker start = new DatePicker(getTranslation("supervision.field.startDate"));
        start.setId("item-start");
        DatePicker end = new DatePicker(getTranslation("supervision.field.endDate"));
        end.setId("item-end");
        ComboBox<ItemRow> benchmark = new ComboBox<>(getTranslation("supervision.field.benchmark"));
        benchmark.setItems(q -> items.page(new ItemFilter(q.getFilter().orElse(""), null, null, null, null, null, null,
                false), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        benchmark.setItemLabelGenerator(r -> r.itemNo() + " " + r.title());
        TextField monitorName = new TextField(getTranslation("supervision.field.monitorName"));
        BigDecimalField monitorTarget = new BigDecimalField(getTranslation("supervision.field.monitorTarget"));
        BigDecimalField monitorFloor = new BigDecimalField(getTranslation("supervision.field.monitorFloor"));
        monitorFloor.setId("item-monitor-floor");
        TextArea description = new TextArea(getTranslation("supervision.field.description"));
        description.setMaxLength(2000);
        Consumer<ControlMethod> showFor = m -> {
            benchmark.setVisible(m == ControlMethod.BENCHMARK);
            monitorName.setVisible(m == ControlMethod.MONITOR);
            monitorTarget.setVisible(m == ControlMethod.MONITOR);
            monitorFloor.setVisible(m == ControlMethod.MONITOR);
        };
        method.addValueChangeListener(e -> showFor.accept(e.getValue()));
        showFor.accept(method.getValue());
        FormLayout form = new FormLayout(title, aspect, type, method, lead, co, responsible, start, end, benchmark,
                monitorName, monitorTarget, monitorFloor, description);
        form.setColspan(title, 2);
        form.setColspan(responsible, 2);
        form.setColspan(description, 2);
        fields.putAll(Map.of("title", title, "aspectId", aspect, "leadUnitId", lead, "coUnitIds", co,
                "cadreIds", responsible, "startDate", start, "endDate", end, "benchmarkItemId", benchmark,
                "monitorName", monitorName, "monitorTarget", monitorTarget));
        fields.put("monitorFloor", monitorFloor);

        Button addMilestone = new Button(getTranslation("supervision.action.addMilestone"), new Icon(VaadinIcon.PLUS),
                e -> addLine(null));
        addMilestone.setId("add-milestone");
        Paragraph milestoneError = new Paragraph();
        milestoneError.addClassName("portal-text-danger");
        add(form, new H4(getTranslation("supervision.field.milestones")), milestoneRows, addMilestone, milestoneError);

        if (draft != null) {
            title.setValue(draft.title());
            aspect.setValue(draft.aspect());
            type.setValue(draft.type());
            method.setValue(draft.method());
            units.stream().filter(u -> u.id() == draft.leadUnitId()).findFirst().ifPresent(lead::setValue);
            start.setValue(draft.startDate());
            end.setValue(draft.endDate());
            description.setValue(draft.description() == null ? "" : draft.description());
            draft.milestones().forEach(m -> addLine(new MilestoneForm(m.name(), m.dueDate(), m.plannedProgress())));
        } else {
            addLine(null);
        }

        DialogButtons.of(this, "action.save", "item-save", e -> {
            FieldErrors.clear(fields);
            milestoneError.setText("");
            ItemForm f = new ItemForm();
            f.setTitle(title.getValue());
            f.setDescription(description.getValue());
            f.setAspectId(aspect.getValue() == null ? null : aspect.getValue().id());
            f.setType(type.getValue());
            f.setMethod(method.getValue());
            f.setLeadUnitId(lead.getValue() == null ? null : lead.getValue().id());
            f.setCoUnitIds(co.getValue().stream().map(UnitNode::id).collect(Collectors.toSet()));
            f.setCadreIds(responsible.getValue().stream().map(CadreRow::id).collect(Collectors.toSet()));
            f.setStartDate(start.getValue());
            f.setEndDate(end.getValue());
            f.setBenchmarkItemId(benchmark.getValue() == null ? null : benchmark.getValue().id());
            f.setMonitorName(monitorName.getValue());
            f.setMonitorTarget(monitorTarget.getValue());
            f.setMonitorFloor(monitorFloor.getValue());
            f.setMilestones(lines.stream().map(l -> new MilestoneForm(l.name().getValue(), l.due().getValue(),
                    l.planned().getValue())).toList());
            try {
                ItemDetails result = draft == null ? items.create(f) : items.update(draft.id(), draft.version(), f);
                Notices.success("notice.saved");
                close();
                saved.accept(result);
            } catch (FieldException ex) {
                if ("milestones".equals(ex.field())) {
                    milestoneError.setText(getTranslation(ex.messageKey(), ex.args()));
                } else {
                    FieldErrors.show(ex, fields);
                }
            } catch (jakarta.validation.ConstraintViolationException ex) {
                FieldErrors.show(ex, fields);
                if (ex.getConstraintViolations().stream().anyMatch(v -> v.getPropertyPath().toString()
                        .contains("milestones"))) {
                    milestoneError.setText(getTranslation("supervision.error.milestonesIncomplete"));
                }
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
    }

    private void addLine(MilestoneForm m) {
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("supervision.field.milestoneName"));
        name.setWidth("18em");
        DatePicker due = new DatePicker();
        due.setPlaceholder(getTranslation("supervision.field.dueDate"));
        IntegerField planned = new IntegerField();
        planned.setPlaceholder(getTranslation("supervision.field.planned"));
        planned.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        planned.setMin(1);
        planned.setMax(100);
        planned.setWidth("8em");
        MilestoneLine line = new MilestoneLine(name, due, planned);
        HorizontalLayout row = new HorizontalLayout(name, due, planned);
        Button remove = new Button(new Icon(VaadinIcon.TRASH), e -> {
            lines.remove(line);
            milestoneRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        row.addClassName("milestone-line");
        if (m != null) {
            name.setValue(m.name());
            due.setValue(m.dueDate());
            planned.setValue(m.plannedProgress());
        }
        lines.add(line);
        milestoneRows.add(row);
    }
}
