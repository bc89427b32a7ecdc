package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.supervision.ItemRow;

/**
 * Lines of what must be done by when: a 暗访督导's problems or a 专题会调度's decisions, each a text, a deadline,
 * the progress due by then and the item (of those the record names) it falls to; a decision may instead open a
 * new item.
 */
class ProblemLines extends Div {

    /** {@code itemId}: the item the line falls to, null when none is named. */
    record Line(String text, LocalDate deadline, Integer expectedProgress, Long itemId, boolean newItem) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String textKey;
    private final boolean mayOpenItem;
    private List<ItemRow> items = List.of();

    private record Row(HorizontalLayout layout, TextField text, DatePicker deadline, IntegerField progress,
                       Select<ItemRow> item, Checkbox newItem) {
    }

    ProblemLines(String textKey, String addKey, String id, boolean mayOpenItem) {
        this.textKey = textKey;
        this.mayOpenItem = mayOpenItem;
        setId(id);
        setWidthFull();
        Button add = new Button(getTranslation(addKey), new Icon(VaadinIcon.PLUS), e -> addLine());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId(id + "-add");
        add(add);
        addLine();
    }

    /** The items a line may fall to; a line whose item is no longer among them moves to the first. */
    void offer(List<ItemRow> choices) {
        items = List.copyOf(choices);
        rows.forEach(this::offerTo);
    }

    private void offerTo(Row r) {
        ItemRow was = r.item().getValue();
        r.item().setItems(items);
        r.item().setValue(items.stream().filter(i -> was != null && i.id() == was.id()).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0)));
    }

    private void addLine() {
        TextField text = new TextField(getTranslation(textKey));
        text.setMaxLength(200);
        text.setWidth("18em");
        DatePicker deadline = new DatePicker(getTranslation("supervision.field.deadline"));
        deadline.setWidth("10em");
        IntegerField progress = new IntegerField(getTranslation("supervision.field.expectedProgress"));
        progress.setMin(1);
        progress.setMax(100);
        progress.setWidth("8em");
        Select<ItemRow> item = new Select<>();
        item.setLabel(getTranslation("supervision.field.lineItem"));
        item.setItemLabelGenerator(ItemRow::itemNo);
        item.setWidth("10em");
        Checkbox newItem = new Checkbox(getTranslation("supervision.decisions.newItem"));
        newItem.setVisible(mayOpenItem);
        newItem.addValueChangeListener(e -> {
            progress.setEnabled(!e.getValue());
            item.setEnabled(!e.getValue());
        });
        HorizontalLayout layout = new HorizontalLayout(text, deadline, progress, item, newItem);
        layout.addClassName("problem-line");
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        Row row = new Row(layout, text, deadline, progress, item, newItem);
        offerTo(row);
        rows.add(row);
        addComponentAtIndex(getComponentCount() - 1, layout);
    }

    /** The lines filled in (a line with no text is skipped). */
    List<Line> lines() {
        return rows.stream().filter(r -> !r.text().isEmpty()).map(r -> new Line(r.text().getValue(),
                r.deadline().getValue(), r.progress().getValue(), r.item().getValue() == null ? null
                : r.item().getValue().id(), r.newItem().getValue())).toList();
    }
}
