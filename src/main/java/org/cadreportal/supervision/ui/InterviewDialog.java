package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.base.ui.Notices;
import org.cadreportal.supervision.InterviewForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.SupervisionService;

/** 约谈记录: the date, who held the interview, and what was said. */
class InterviewDialog extends Dialog {

    InterviewDialog(SupervisionService items, ItemDetails d, ItemDetails.EscalationRow e, Consumer<ItemDetails> saved) {
        setHeaderTitle(getTranslation("supervision.interview.title", e.cadreName()));
        setWidth("min(600px, 95vw)");
        DatePicker date = new DatePicker(getTranslation("supervision.field.interviewDate"));
        date.setId("interview-date");
        TextField interviewer = new TextField(getTranslation("supervision.field.interviewer"));
        interviewer.setId("interview-by");
        TextArea notes = new TextArea(getTranslation("supervision.field.interviewNotes"));
        notes.setId("interview-notes");
        notes.setWidthFull();
        FormLayout form = new FormLayout(date, interviewer, notes);
        form.setColspan(notes, 2);
        add(form);
        Map<String, HasValidation> fields = Map.of("interviewDate", date, "interviewer", interviewer, "notes", notes);
        Button save = new Button(getTranslation("action.save"), ev -> {
            FieldErrors.clear(fields);
            try {
                ItemDetails after = items.recordInterview(d.id(), e.id(), e.version(),
                        new InterviewForm(date.getValue(), interviewer.getValue(), notes.getValue()));
                Notices.success("notice.saved");
                close();
                saved.accept(after);
            } catch (FieldException ex) {
                FieldErrors.show(ex, fields);
            } catch (PortalException ex) {
                Notices.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("interview-save");
        getFooter().add(new Button(getTranslation("action.cancel"), x -> close()), save);
    }
}
