package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.supervision.InterviewForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.SupervisionService;

/** 约谈记录: the date, who held the interview, and what was said. */
class InterviewDialog extends RecordDialog {

    InterviewDialog(SupervisionService items, ItemDetails d, ItemDetails.EscalationRow e, Consumer<ItemDetails> saved) {
        super("min(600px, 95vw)", "supervision.interview.title", e.cadreName());
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
        saveWith("action.save", "interview-save", Map.of("interviewDate", date, "interviewer", interviewer,
                "notes", notes), () -> items.recordInterview(d.id(), e.id(), e.version(),
                new InterviewForm(date.getValue(), interviewer.getValue(), notes.getValue())), saved);
    }
}
