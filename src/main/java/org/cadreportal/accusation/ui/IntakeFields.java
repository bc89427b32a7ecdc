package org.cadreportal.accusation.ui;

import org.cadreportal.base.ui.AriaFixes;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;

/**
 * 受理: a report as registered, the form both the intake and the quick log start with. The report (number,
 * date, channel), the reporter unless anonymous, the summary, the accused cadres (picked from the
 * clerk's scope, searchable) and the allegations, each against one of them. The quick log puts a finding
 * under every allegation ({@code findings} makes one for a new row); the intake has none.
 */
class IntakeFields extends Div {

    private final TextField reportNo = new TextField();
    private final DatePicker receivedOn = new DatePicker();
    private final Select<Channel> channel = new Select<>();
    private final Checkbox anonymous = new Checkbox();
    private final TextField reporterName = new TextField();
    private final TextField reporterContact = new TextField();
    private final TextArea summary = new TextArea();
    private final ComboBox<CadreRow> picker = new ComboBox<>();
    private final Div chosenList = new Div();
    private final Div rowList = new Div();
    private final ErrorLine allegationsError = new ErrorLine("intake-allegations-error");
    private final Map<Long, CadreRow> accused = new LinkedHashMap<>();
    private final List<AllegationRow> rows = new ArrayList<>();
    private final Function<String, FindingInput> findings;
    private final List<Runnable> rowListeners = new ArrayList<>();

    /** @param findings makes the finding input of a new allegation row by its key, or null for none */
    IntakeFields(CadreService cadres, LocalDate today, Function<String, FindingInput> findings) {
        this.findings = findings;
        addClassName("portal-intake");
        FormLayout report = new FormLayout();
        report.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        reportNo.setLabel(getTranslation("accusation.field.reportNo"));
        reportNo.setId("intake-reportNo");
        reportNo.setMaxLength(50);
        reportNo.setRequired(true);
        receivedOn.setLabel(getTranslation("accusation.field.receivedOn"));
        receivedOn.setId("intake-receivedOn");
        receivedOn.setRequiredIndicatorVisible(true);
        receivedOn.setMax(today);
        receivedOn.setValue(today);
        channel.setLabel(getTranslation("accusation.field.channel"));
        channel.setId("intake-channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
        AriaFixes.requiredMark(channel).setRequiredIndicatorVisible(true);
        anonymous.setLabel(getTranslation("accusation.field.anonymous"));
        anonymous.setId("intake-anonymous");
        reporterName.setLabel(getTranslation("accusation.field.reporterName"));
        reporterName.setId("intake-reporterName");
        reporterName.setMaxLength(50);
        reporterName.setRequired(true);
        reporterContact.setLabel(getTranslation("accusation.field.reporterContact"));
        reporterContact.setId("intake-reporterContact");
        reporterContact.setMaxLength(100);
        reporterContact.setHelperText(getTranslation("accusation.reporter.hint"));
        anonymous.addValueChangeListener(e -> {
            // An anonymous report keeps no trace of a name typed before the box was ticked.
            reporterName.setVisible(!e.getValue());
            reporterContact.setVisible(!e.getValue());
            if (e.getValue()) {
                reporterName.clear();
                reporterContact.clear();
            }
        });
        summary.setLabel(getTranslation("accusation.field.summary"));
        summary.setId("intake-summary");
        summary.setMaxLength(2000);
        summary.setRequired(true);
        summary.setMinHeight("5em");
        Div anonymousBox = new Div(anonymous);
        anonymousBox.addClassName("portal-checkbox-cell");
        report.add(reportNo, receivedOn, channel, anonymousBox, reporterName, reporterContact);
        report.add(summary, 3);

        picker.setLabel(getTranslation("accusation.intake.pickCadre"));
        picker.setId("intake-cadre-picker");
        picker.setPlaceholder(getTranslation("accusation.intake.pickHint"));
        picker.setItemsPageable((pageable, text) -> cadres.page(new CadreFilter(text, null, null, null, null,
                CadreStatus.ACTIVE), pageable).getContent());
        picker.setItemLabelGenerator(this::cadreLabel);
        picker.setWidth("min(30em, 100%)");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                accused.putIfAbsent(e.getValue().id(), e.getValue());
                picker.clear();
                accusedChanged();
            }
        });
        chosenList.setId("intake-accused");
        chosenList.addClassName("portal-chosen-list");

        rowList.setId("intake-allegations");
        rowList.addClassName("portal-allegation-rows");
        Button addRow = new Button(getTranslation("accusation.allegation.add"), new Icon(VaadinIcon.PLUS),
                e -> addRow());
        addRow.setId("allegation-add");
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(report, section("accusation.field.accused"), picker, chosenList, section("accusation.field.allegations"),
                rowList, allegationsError, addRow);
        showChosen();
        addRow();
    }

    private H4 section(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.addClassName("portal-form-section");
        return heading;
    }

    private String cadreLabel(CadreRow c) {
        return getTranslation("accusation.cadreOption", c.name(), c.unitName(), c.postTitle() == null ? ""
                : c.postTitle());
    }

    /** The form as the service takes it. */
    IntakeForm read() {
        boolean anon = anonymous.getValue();
        return new IntakeForm(reportNo.getValue(), receivedOn.getValue(), channel.getValue(), anon,
                anon ? null : reporterName.getValue(), anon ? null : reporterContact.getValue(), summary.getValue(),
                List.copyOf(accused.keySet()),
                rows.stream().map(r -> new AllegationInput(r.cadre.getValue(), r.content.getValue())).toList());
    }

    /** The inputs by the field names the service's refusals use. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("reportNo", reportNo);
        fields.put("receivedOn", receivedOn);
        fields.put("channel", channel);
        fields.put("reporterName", reporterName);
        fields.put("reporterContact", reporterContact);
        fields.put("summary", summary);
        fields.put("accusedIds", picker);
        fields.put("allegations", allegationsError);
        return fields;
    }

    /** The finding inputs of the allegation rows, in the rows' order (empty without findings). */
    List<FindingInput> findingInputs() {
        return rows.stream().map(r -> r.finding).filter(f -> f != null).toList();
    }

    /** Called when a row is added or removed. */
    void onRowsChanged(Runnable listener) {
        rowListeners.add(listener);
    }

    private void accusedChanged() {
        showChosen();
        rows.forEach(AllegationRow::offerAccused);
    }

    private void showChosen() {
        chosenList.removeAll();
        if (accused.isEmpty()) {
            Span none = new Span(getTranslation("accusation.intake.noAccused"));
            none.addClassName("portal-muted");
            chosenList.add(none);
            return;
        }
        for (CadreRow c : accused.values()) {
            Span name = new Span(cadreLabel(c));
            Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> {
                accused.remove(c.id());
                accusedChanged();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("action.remove") + " " + c.name());
            remove.setId("accused-remove-" + c.id());
            Div chip = new Div(name, remove);
            chip.addClassName("portal-chip");
            chip.setId("accused-" + c.id());
            chosenList.add(chip);
        }
    }

    private void addRow() {
        AllegationRow row = new AllegationRow();
        rows.add(row);
        rowList.add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
        }
        rowListeners.forEach(Runnable::run);
    }

    /** One allegation: against whom, what it says, and (in the quick log) the finding on it. */
    private final class AllegationRow extends Div {

        private final Span number = new Span();
        private final Select<Long> cadre = new Select<>();
        private final TextArea content = new TextArea();
        private final Button remove;
        private final FindingInput finding;

        AllegationRow() {
            addClassName("portal-allegation-row");
            number.addClassName("portal-allegation-no");
            cadre.setLabel(getTranslation("accusation.field.accused"));
            cadre.setItemLabelGenerator(id -> id == null || !accused.containsKey(id) ? "" : accused.get(id).name());
            cadre.setWidth("8em");
            content.setLabel(getTranslation("accusation.field.allegation"));
            content.setMaxLength(1000);
            content.setMinHeight("3em");
            content.addClassName("portal-grow");
            remove = new Button(new Icon(VaadinIcon.TRASH), e -> {
                rows.remove(this);
                rowList.remove(this);
                renumber();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            remove.setTooltipText(getTranslation("action.remove"));
            Div line = new Div(number, cadre, content, remove);
            line.addClassName("portal-allegation-line");
            add(line);
            finding = findings == null ? null : findings.apply(String.valueOf(rows.size()));
            if (finding != null) {
                add(finding);
            }
            offerAccused();
        }

        /** The accused to choose from; with only one, the allegation is against them. */
        void offerAccused() {
            Long kept = cadre.getValue();
            cadre.setItems(List.copyOf(accused.keySet()));
            if (kept != null && accused.containsKey(kept)) {
                cadre.setValue(kept);
            } else if (accused.size() == 1) {
                cadre.setValue(accused.keySet().iterator().next());
            } else {
                cadre.clear();
            }
        }

        void number(int index) {
            number.setText(getTranslation("accusation.allegation.number", index + 1));
            cadre.setId("allegation-cadre-" + index);
            content.setId("allegation-content-" + index);
            remove.setId("allegation-remove-" + index);
            if (finding != null) {
                finding.setKey(String.valueOf(index));
            }
        }
    }
}
