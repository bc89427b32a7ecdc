package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.ui.UploadTexts;
import org.cadreportal.workflow.NewAttachment;

/**
 * The files attached to the step being taken, held in memory until the step is completed (the
 * kernel checks each one's content). Shows a refusal about the files under the upload.
 */
class AttachmentField extends Div implements HasValidation {

    private final List<NewAttachment> files = new ArrayList<>();
    private final Paragraph error = new Paragraph();

    AttachmentField(boolean required) {
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) ->
                files.add(new NewAttachment(meta.fileName(), bytes))));
        UploadTexts.apply(upload);
        upload.setId("step-attachments");
        upload.setAcceptedFileTypes(FileKinds.EXTENSIONS);
        upload.setMaxFileSize((int) FileKinds.MAX_BYTES);
        upload.setMaxFiles(10);
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        error.addClassName("portal-text-danger");
        error.setVisible(false);
        add(new Paragraph(getTranslation(required ? "workflow.field.attachmentsRequired"
                : "workflow.field.attachments")), upload, error);
        addClassName("portal-step-upload");
    }

    List<NewAttachment> files() {
        return List.copyOf(files);
    }

    @Override
    public void setErrorMessage(String message) {
        error.setText(message);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
