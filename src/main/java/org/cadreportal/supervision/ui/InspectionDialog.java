package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.supervision.InspectionForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ProjectFactsService;

/**
 * 暗访督导 at this item: the day, the team, what it saw and the problems it found, each with a rectification
 * deadline and the progress due by then, which become milestones of the item.
 */
class InspectionDialog extends Dialog {

    InspectionDialog(ProjectFactsService service, ItemDetails item, Runnable saved) {
        setHeaderTitle(getTranslation("supervision.inspection.title", item.itemNo()));
        setWidth("min(900px, 96vw)");
        DatePicker day = new DatePicker(getTranslation("supervision.field.inspectedOn"));
        day.setId("inspection-date");
        day.setValue(item.today());
        TextField team = new TextField(getTranslation("supervision.field.team"));
        team.setId("inspection-team");
        team.setMaxLength(200);
        TextArea summary = new TextArea(getTranslation("supervision.field.inspectionSummary"));
        summary.setId("inspection-summary");
        summary.setMaxLength(2000);
        FormLayout form = new FormLayout(day, team, summary);
        form.setColspan(summary, 2);
        ProblemLines problems = new ProblemLines("supervision.field.problem", "supervision.action.addProblem",
                "inspection-problems", false);
        add(form, problems);
        Map<String, HasValidation> fields = Map.of("inspectedOn", day, "team", team, "summary", summary);
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldErrors.attempt(fields, () -> service.recordInspection(new InspectionForm(day.getValue(),
                    team.getValue(), summary.getValue(), List.of(item.id()), problems.lines().stream()
                    .map(l -> new InspectionForm.Problem(item.id(), l.text(), l.deadline(), l.expectedProgress()))
                    .toList()))).ifPresent(recorded -> {
                        Notices.success("notice.saved");
                        close();
                        saved.run();
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("inspection-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
