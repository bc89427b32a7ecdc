package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.cadreportal.base.PortalException;

/**
 * A dialog importing a file all-or-nothing (the roster, the assessment's workbooks, LRMX files). Nothing is held
 * between files: each is imported, or refused, as it arrives, and the outcome below the upload replaces the last
 * one: what was saved, or why nothing was. The upload is ready for a corrected file right after a refused one.
 *
 * @param <R> what the import returns
 */
public abstract class ImportDialog<R> extends Dialog {

    private final Div result = new Div();
    private final Upload upload;
    private final String messageId;

    /** The ids are the upload's, the outcome area's and the outcome message's. */
    protected ImportDialog(String titleKey, long maxBytes, String uploadId, String resultId, String messageId) {
        this.messageId = messageId;
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(900px, 95vw)");
        upload = new Upload(new LimitedUpload(maxBytes, 1, () -> 0, (name, bytes) -> {
            UI ui = UI.getCurrent();
            R outcome;
            try {
                outcome = importFile(name, bytes);
            } catch (PortalException e) {
                ui.access(() -> report(getTranslation(e.messageKey(), e.args())));
                return;
            }
            ui.access(() -> show(outcome));
        }));
        UploadTexts.apply(upload);
        upload.setId(uploadId);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        result.setId(resultId);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** Imports one file; a refusal of the whole file is a {@link PortalException}. */
    protected abstract R importFile(String name, byte[] content);

    /** Shows what the import did, through {@link #report}. */
    protected abstract void show(R outcome);

    /** The upload, for the dialog to place and to say which files it takes. */
    protected Upload upload() {
        return upload;
    }

    /** Where the outcome is shown, for the dialog to place. */
    protected Div result() {
        return result;
    }

    /** The outcome: {@code message}, then {@code details} (the problems listed), in place of the last one. */
    protected void report(String message, Component... details) {
        upload.clearFileList();
        result.removeAll();
        Paragraph text = new Paragraph(message);
        text.setId(messageId);
        result.add(text);
        result.add(details);
    }
}
