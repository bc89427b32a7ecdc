package org.cadreportal.supervision.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ProgressForm;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.workflow.ui.AttachmentField;

/** 报送进度: actual per cent, what was done, the monitored figure, evidence files. */
class ProgressDialog extends RecordDialog {

    ProgressDialog(SupervisionService items, ItemDetails d, Consumer<ItemDetails> saved) {
        super("min(640px, 95vw)", "supervision.report.title", d.itemNo());
        IntegerField progress = new IntegerField(getTranslation("supervision.field.progress"));
        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(100);
        progress.setValue(d.actualProgress());
        progress.setSuffixComponent(new Span("%"));
        BigDecimalField monitor = new BigDecimalField(d.monitorName() == null ? "" : d.monitorName());
        monitor.setVisible(d.method() == ControlMethod.MONITOR);
        TextArea text = new TextArea(getTranslation("supervision.field.reportText"));
        text.setId("report-text");
        text.setMaxLength(2000);
        text.setWidthFull();
        AttachmentField files = new AttachmentField(getTranslation("workflow.field.attachments"), "report-upload");
        FormLayout form = new FormLayout(progress, monitor, text, files);
        form.setColspan(text, 2);
        form.setColspan(files, 2);
        add(form);
        saveWith("supervision.action.submitReport", "report-save", Map.of("actualProgress", progress, "text", text,
                "monitorValue", monitor, "attachments", files), () -> items.reportProgress(d.id(),
                new ProgressForm(progress.getValue(), text.getValue(), monitor.getValue(), files.files())), saved);
    }
}
