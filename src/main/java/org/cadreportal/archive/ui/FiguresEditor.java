package org.cadreportal.archive.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.archive.KeyFigure;

/** 关键数据: up to ten figures (label, amount, unit) that show an entry's effect. */
class FiguresEditor extends CustomField<List<KeyFigure>> implements HasValidation {

    private static final int MAX = 10;

    private record Line(TextField label, BigDecimalField amount, TextField unit, HorizontalLayout row) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final Div rows = new Div();
    private final Button add;

    FiguresEditor() {
        setLabel(getTranslation("archive.field.figures"));
        setHelperText(getTranslation("archive.figures.hint"));
        add = new Button(getTranslation("archive.figures.add"), new Icon(VaadinIcon.PLUS), e -> addLine(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setId("figure-add");
        add(rows, add);
        setWidthFull();
    }

    private void addLine(KeyFigure value) {
        TextField label = new TextField();
        label.setPlaceholder(getTranslation("archive.figures.label"));
        label.setMaxLength(50);
        label.addClassName("figure-label");
        BigDecimalField amount = new BigDecimalField();
        amount.setPlaceholder(getTranslation("archive.figures.amount"));
        amount.addClassName("figure-amount");
        TextField unit = new TextField();
        unit.setPlaceholder(getTranslation("archive.figures.unit"));
        unit.setMaxLength(20);
        unit.setWidth("6em");
        unit.addClassName("figure-unit");
        if (value != null) {
            label.setValue(value.label());
            amount.setValue(value.amount());
            unit.setValue(value.unit() == null ? "" : value.unit());
        }
        HorizontalLayout row = new HorizontalLayout(label, amount, unit);
        Line line = new Line(label, amount, unit, row);
        Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> {
            lines.remove(line);
            rows.remove(row);
            add.setEnabled(lines.size() < MAX);
            updateValue();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel(getTranslation("archive.figures.remove"));
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone the row wraps (portal.css) so that 单位 and the remove button stay on the screen.
        row.addClassName("portal-figure-row");
        label.addValueChangeListener(e -> updateValue());
        amount.addValueChangeListener(e -> updateValue());
        unit.addValueChangeListener(e -> updateValue());
        lines.add(line);
        rows.add(row);
        add.setEnabled(lines.size() < MAX);
    }

    @Override
    protected List<KeyFigure> generateModelValue() {
        return lines.stream().filter(l -> !l.label().isEmpty() || l.amount().getValue() != null)
                .map(l -> new KeyFigure(l.label().getValue(), l.amount().getValue(), l.unit().getValue())).toList();
    }

    @Override
    protected void setPresentationValue(List<KeyFigure> value) {
        lines.clear();
        rows.removeAll();
        if (value != null) {
            value.forEach(this::addLine);
        }
        add.setEnabled(lines.size() < MAX);
    }
}
