package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.base.FileKinds;
import org.cadreportal.base.ui.ErrorText;
import org.cadreportal.base.ui.LimitedUpload;
import org.cadreportal.base.ui.UploadTexts;
import org.cadreportal.workflow.NewAttachment;

/**
 * Files being attached (to a step, a progress report, an achievement entry), held in memory until the
 * form is saved, no more and no larger than the limits the server enforces as they arrive; the service
 * checks each one's name and content. A refusal about the files shows under the upload.
 */
public class AttachmentField extends Div implements ErrorText {

    private final List<NewAttachment> files = new ArrayList<>();
    private final Upload upload;
    private final Paragraph error = new Paragraph();

    /** @param caption the text above the upload, already translated; {@code uploadId} the upload's id */
    public AttachmentField(String caption, String uploadId) {
        upload = new Upload(new LimitedUpload(FileKinds.MAX_BYTES, FileKinds.MAX_FILES, files::size,
                (name, bytes) -> files.add(new NewAttachment(name, bytes))));
        UploadTexts.apply(upload);
        upload.setId(uploadId);
        upload.setAcceptedFileTypes(FileKinds.EXTENSIONS);
        upload.setMaxFileSize((int) FileKinds.MAX_BYTES);
        upload.setMaxFiles(FileKinds.MAX_FILES);
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        error.addClassName("portal-text-danger");
        error.setVisible(false);
        add(new Paragraph(caption), upload, error);
        addClassName("portal-step-upload");
    }

    /** A step's files, with a caption that says whether the step needs one. */
    public static AttachmentField forStep(boolean required) {
        return new AttachmentField(com.vaadin.flow.component.UI.getCurrent().getTranslation(required
                ? "workflow.field.attachmentsRequired" : "workflow.field.attachments"), "step-attachments");
    }

    public List<NewAttachment> files() {
        return List.copyOf(files);
    }

    /** Forgets the files once they are saved, so a second save does not attach them again. */
    public void clear() {
        files.clear();
        upload.clearFileList();
    }

    @Override
    public HasText errorText() {
        return error;
    }
}
