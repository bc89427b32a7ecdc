package org.cadreportal.tolerance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.Choices;
import org.cadreportal.base.ui.DialogButtons;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.cadre.CadrePicker;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.tolerance.Assessment;
import org.cadreportal.tolerance.DisciplineDetails;
import org.cadreportal.tolerance.DisciplineForm;
import org.cadreportal.tolerance.DisciplineType;
import org.cadreportal.tolerance.ToleranceService;
import org.cadreportal.tolerance.VisitPlanForm;
import org.cadreportal.tolerance.VisitRecordForm;
import org.cadreportal.tolerance.VisitRow;

/** The dialogs of 回访教育: record a discipline, plan a visit, record a visit made. */
final class VisitDialogs {

    private VisitDialogs() {
    }

    /** A cadre's discipline (the start of 回访教育), for a cadre in the user's scope. */
    static void discipline(ToleranceService tolerance, CadreService cadres, Consumer<DisciplineDetails> saved) {
        UI ui = UI.getCurrent();
        Dialog dialog = dialog("tolerance.discipline.title");
        ComboBox<CadreRow> cadre = CadrePicker.of(cadres, "tolerance.field.cadre", "discipline-cadre");
        Select<DisciplineType> type = Choices.select("tolerance.field.disciplineType", "discipline-type",
                DisciplineType::labelKey, DisciplineType.values());
        DatePicker decided = new DatePicker(ui.getTranslation("tolerance.field.disciplinedOn"));
        decided.setId("discipline-decided");
        DatePicker impact = new DatePicker(ui.getTranslation("tolerance.field.impactUntil"));
        impact.setId("discipline-impact");
        TextArea note = new TextArea(ui.getTranslation("tolerance.field.disciplineNote"));
        note.setId("discipline-note");
        note.setMaxLength(1000);
        FormLayout form = new FormLayout(cadre, type, decided, impact, note);
        form.setColspan(cadre, 2);
        form.setColspan(note, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("cadreId", cadre, "type", type, "decidedOn", decided,
                "impactUntil", impact, "note", note);
        DialogButtons.of(dialog, "action.save", "discipline-save", e -> {
            DisciplineForm f = new DisciplineForm();
            f.setCadreId(cadre.getValue() == null ? null : cadre.getValue().id());
            f.setType(type.getValue());
            f.setDecidedOn(decided.getValue());
            f.setImpactUntil(impact.getValue());
            f.setNote(note.getValue());
            DialogButtons.save(dialog, fields, () -> tolerance.recordDiscipline(f), saved);
        });
        dialog.open();
    }

    /** Plans a visit: the day and at least two visitors, their names separated by 、 or commas. */
    static void plan(DisciplineDetails d, Function<Supplier<DisciplineDetails>, Boolean> move,
                     ToleranceService tolerance) {
        UI ui = UI.getCurrent();
        Dialog dialog = dialog("tolerance.visit.planTitle");
        DatePicker day = new DatePicker(ui.getTranslation("tolerance.field.plannedOn"));
        day.setId("visit-planned");
        TextField visitors = new TextField(ui.getTranslation("tolerance.field.visitors"));
        visitors.setId("visit-visitors");
        visitors.setHelperText(ui.getTranslation("tolerance.visit.visitorsHint"));
        visitors.setMaxLength(200);
        visitors.setWidthFull();
        FormLayout form = new FormLayout(day, visitors);
        form.setColspan(visitors, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("plannedOn", day, "visitors", visitors);
        DialogButtons.of(dialog, "action.save", "visit-plan-save", e -> attempt(dialog, fields, move, () ->
                tolerance.planVisit(d.id(), d.version(),
                        new VisitPlanForm(day.getValue(), names(visitors.getValue())))));
        dialog.open();
    }

    /** Records a planned visit as made: the day, the assessment 好/一般/较差 and what the visitors found. */
    static void record(DisciplineDetails d, VisitRow visit, Function<Supplier<DisciplineDetails>, Boolean> move,
                       ToleranceService tolerance) {
        UI ui = UI.getCurrent();
        Dialog dialog = dialog("tolerance.visit.recordTitle");
        DatePicker day = new DatePicker(ui.getTranslation("tolerance.field.visitedOn"));
        day.setId("visit-visited");
        day.setValue(visit.plannedOn());
        RadioButtonGroup<Assessment> assessment = new RadioButtonGroup<>(ui.getTranslation("tolerance.field.assessment"));
        assessment.setId("visit-assessment");
        assessment.setItems(Assessment.values());
        assessment.setItemLabelGenerator(a -> ui.getTranslation(a.labelKey()));
        TextArea notes = new TextArea(ui.getTranslation("tolerance.field.visitNotes"));
        notes.setId("visit-notes");
        notes.setMaxLength(2000);
        notes.setMinHeight("6em");
        FormLayout form = new FormLayout(day, assessment, notes);
        form.setColspan(notes, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("visitedOn", day, "assessment", assessment, "notes", notes);
        DialogButtons.of(dialog, "action.save", "visit-record-save", e -> attempt(dialog, fields, move, () ->
                tolerance.recordVisit(d.id(), d.version(), visit.id(),
                        new VisitRecordForm(day.getValue(), assessment.getValue(), notes.getValue()))));
        dialog.open();
    }

    /** The names typed in one field, split at 、，, ; or spaces. */
    static List<String> names(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** A refusal about a field stays in the dialog on that field; anything else is the page's to show. */
    private static void attempt(Dialog dialog, Map<String, HasValidation> fields,
                                Function<Supplier<DisciplineDetails>, Boolean> move, Supplier<DisciplineDetails> call) {
        FieldErrors.clear(fields);
        try {
            if (move.apply(call)) {
                dialog.close();
            }
        } catch (FieldException e) {
            FieldErrors.show(e, fields);
        }
    }

    private static Dialog dialog(String titleKey) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(UI.getCurrent().getTranslation(titleKey));
        dialog.setWidth("min(640px, 95vw)");
        return dialog;
    }
}
