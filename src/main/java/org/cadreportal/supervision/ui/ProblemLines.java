package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of what must be done by when: a 暗访督导's problems or a 专题会调度's decisions, each a text, a deadline
 * and the progress due by then; a decision may instead open a new item.
 */
class ProblemLines extends Div {

    record Line(String text, java.time.LocalDate deadline, Integer expectedProgress, boolean newItem) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String textKey;
    private final boolean mayOpenItem;

    private record Row(HorizontalLayout layout, TextField text, DatePicker deadline, IntegerField progress,
                       Checkbox newItem) {
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
        Checkbox newItem = new Checkbox(getTranslation("supervision.decisions.newItem"));
        newItem.setVisible(mayOpenItem);
        newItem.addValueChangeListener(e -> progress.setEnabled(!e.getValue()));
        HorizontalLayout layout = new HorizontalLayout(text, deadline, progress, newItem);
        layout.addClassName("problem-line");
        layout.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        rows.add(new Row(layout, text, deadline, progress, newItem));
        addComponentAtIndex(getComponentCount() - 1, layout);
    }

    /** The lines filled in (a line with no text is skipped). */
    List<Line> lines() {
        return rows.stream().filter(r -> !r.text().isEmpty()).map(r -> new Line(r.text().getValue(),
                r.deadline().getValue(), r.progress().getValue(), r.newItem().getValue())).toList();
    }
}
