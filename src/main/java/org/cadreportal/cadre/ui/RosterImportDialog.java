package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.CellErrorGrid;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.LimitedUpload;
import org.cadreportal.base.ui.UploadTexts;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.cadre.RosterImportResult.RowError;

/**
 * 导入花名册: upload a filled-in template. All rows are checked first; if any is bad nothing is saved
 * and every bad row is listed with the reason.
 */
class RosterImportDialog extends Dialog {

    static final int MAX_BYTES = (int) org.cadreportal.cadre.CadreService.ROSTER_MAX_BYTES;

    private final CadreService cadres;
    private final Runnable onImported;
    private final Div result = new Div();
    private final Upload upload;

    RosterImportDialog(CadreService cadres, Runnable onImported) {
        this.cadres = cadres;
        this.onImported = onImported;
        setHeaderTitle(getTranslation("roster.title"));
        setWidth("min(900px, 95vw)");
        Anchor template = new Anchor(Downloads.excel("roster-template.xlsx", cadres::writeTemplate),
                AttachmentType.DOWNLOAD, getTranslation("roster.template"));
        template.setId("roster-template");
        // Nothing is held between files: each is imported (or refused) as it arrives.
        upload = new Upload(new LimitedUpload(MAX_BYTES, 1, () -> 0, (name, bytes) -> {
            UI ui = UI.getCurrent();
            RosterImportResult outcome;
            try {
                outcome = cadres.importRoster(new ByteArrayInputStream(bytes));
            } catch (PortalException e) {
                ui.access(() -> showRefusal(e));
                return;
            }
            ui.access(() -> show(outcome));
        }));
        UploadTexts.apply(upload);
        upload.setId("roster-upload");
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> showText(getTranslation("roster.error.fileRejected", MAX_BYTES / 1024 / 1024)));
        add(new Paragraph(getTranslation("roster.help")), template, upload, result);
        result.setId("roster-result");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void show(RosterImportResult outcome) {
        readyForNextFile();
        result.removeAll();
        if (outcome.saved()) {
            showText(getTranslation("roster.saved", outcome.added(), outcome.updated()));
            onImported.run();
            return;
        }
        showText(getTranslation("roster.rejected", outcome.errors().size()));
        result.add(CellErrorGrid.of("roster-errors", outcome.errors(), RowError::row, RowError::column,
                e -> getTranslation(e.messageKey(), e.args().toArray())));
    }

    private void showRefusal(PortalException e) {
        readyForNextFile();
        result.removeAll();
        showText(getTranslation(e.messageKey(), e.args()));
    }

    /** One file at a time, but a corrected file can be chosen right after a refused one. */
    private void readyForNextFile() {
        upload.clearFileList();
    }

    private void showText(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("roster-message");
        result.add(p);
    }
}
