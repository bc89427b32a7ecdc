package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.cadreportal.supervision.InspectionForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ProjectFactsService;

/**
 * 暗访督导: the day, the team, the items it visited, what it saw and the problems it found, each at one of the
 * visited items with a rectification deadline and the progress due by then, which become milestones of that item.
 */
class InspectionDialog extends FieldRecordDialog {

    InspectionDialog(ProjectFactsService service, ItemDetails item, Runnable saved) {
        super(service, item, "inspection", "supervision.field.inspectedOn", "supervision.field.visitedItems",
                new String[] {"supervision.field.problem", "supervision.action.addProblem", "inspection-problems"},
                false);
        TextField team = text("supervision.field.team", "inspection-team", 200);
        TextArea summary = new TextArea(getTranslation("supervision.field.inspectionSummary"));
        summary.setId("inspection-summary");
        summary.setMaxLength(2000);
        FormLayout form = new FormLayout(day, team, items, summary);
        form.setColspan(items, 2);
        form.setColspan(summary, 2);
        add(form, lines);
        saveWith("action.save", "inspection-save", Map.of("inspectedOn", day, "team", team, "summary", summary,
                "itemIds", items), () -> service.recordInspection(new InspectionForm(day.getValue(), team.getValue(),
                summary.getValue(), chosenIds(), lines.lines().stream().map(l -> new InspectionForm.Problem(
                        l.itemId(), l.text(), l.deadline(), l.expectedProgress())).toList())), id -> saved.run());
    }
}
