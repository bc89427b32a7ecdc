package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.Map;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.SchedulingForm;

/**
 * 专题会调度: the day, the topic, the chair, the items it discussed and its decisions; each becomes a milestone of
 * one of those items, or opens a new draft item with this item's aspect, lead unit and responsible cadres.
 */
class SchedulingDialog extends FieldRecordDialog {

    SchedulingDialog(ProjectFactsService service, ItemDetails item, Runnable saved) {
        super(service, item, "meeting", "supervision.field.heldOn", "supervision.field.discussedItems",
                new String[] {"supervision.field.decision", "supervision.action.addDecision", "meeting-decisions"},
                true);
        TextField topic = text("supervision.field.topic", "meeting-topic", 200);
        TextField chair = text("supervision.field.chair", "meeting-chair", 64);
        FormLayout form = new FormLayout(day, topic, chair, items);
        form.setColspan(items, 2);
        add(form, lines);
        SchedulingForm.NewItem sameTeam = new SchedulingForm.NewItem(item.aspect().id(), item.leadUnitId(),
                new HashSet<>(item.cadres().stream().map(ItemDetails.Cadre::id).toList()));
        saveWith("action.save", "meeting-save", Map.of("heldOn", day, "topic", topic, "chair", chair),
                () -> service.recordMeeting(new SchedulingForm(day.getValue(), topic.getValue(), chair.getValue(),
                        lines.lines().stream().map(l -> new SchedulingForm.Decision(l.newItem() ? null : l.itemId(),
                                l.text(), l.deadline(), l.expectedProgress(), l.newItem() ? sameTeam : null))
                                .toList())), id -> saved.run());
    }
}
