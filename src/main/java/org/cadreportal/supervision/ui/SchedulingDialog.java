package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.Map;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.SchedulingForm;

/**
 * 专题会调度 on this item: the day, the topic, the chair and its decisions; each becomes a milestone of the item,
 * or opens a new draft item with the same aspect, lead unit and responsible cadres.
 */
class SchedulingDialog extends Dialog {

    SchedulingDialog(ProjectFactsService service, ItemDetails item, Runnable saved) {
        setHeaderTitle(getTranslation("supervision.meeting.title", item.itemNo()));
        setWidth("min(1000px, 96vw)");
        DatePicker day = new DatePicker(getTranslation("supervision.field.heldOn"));
        day.setId("meeting-date");
        day.setValue(item.today());
        TextField topic = new TextField(getTranslation("supervision.field.topic"));
        topic.setId("meeting-topic");
        topic.setMaxLength(200);
        TextField chair = new TextField(getTranslation("supervision.field.chair"));
        chair.setId("meeting-chair");
        chair.setMaxLength(64);
        ProblemLines decisions = new ProblemLines("supervision.field.decision", "supervision.action.addDecision",
                "meeting-decisions", true);
        add(new FormLayout(day, topic, chair), decisions);
        Map<String, HasValidation> fields = Map.of("heldOn", day, "topic", topic, "chair", chair);
        SchedulingForm.NewItem sameTeam = new SchedulingForm.NewItem(item.aspect().id(), item.leadUnitId(),
                new HashSet<>(item.cadres().stream().map(ItemDetails.Cadre::id).toList()));
        Button save = new Button(getTranslation("action.save"), e -> {
            FieldErrors.attempt(fields, () -> service.recordMeeting(new SchedulingForm(day.getValue(),
                    topic.getValue(), chair.getValue(), decisions.lines().stream().map(l -> new SchedulingForm.Decision(
                            l.newItem() ? null : item.id(), l.text(), l.deadline(), l.expectedProgress(),
                            l.newItem() ? sameTeam : null)).toList()))).ifPresent(recorded -> {
                        Notices.success("notice.saved");
                        close();
                        saved.run();
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("meeting-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
