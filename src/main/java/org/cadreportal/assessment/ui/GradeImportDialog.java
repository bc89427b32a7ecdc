package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayInputStream;
import org.cadreportal.assessment.CadreGradeService;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.CellErrorGrid;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.LimitedUpload;
import org.cadreportal.base.ui.UploadTexts;

/**
 * 导入年度考核等次: the template to download (a row per key cadre in the user's scope with his current grade) and
 * the filled-in file to upload. All rows are checked first, the groups' 优秀 limits included; if any is bad nothing
 * is saved and every bad cell is listed with its row, column and reason.
 */
class GradeImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Div result = new Div();
    private final Upload upload;
    private final Runnable onImported;

    GradeImportDialog(CadreGradeService grades, long planId, Runnable onImported) {
        this.onImported = onImported;
        setHeaderTitle(getTranslation("assessment.grades.import.title"));
        setWidth("min(900px, 95vw)");
        DownloadHandler download = Downloads.excel("grades-template.xlsx", out -> grades.writeTemplate(planId, out));
        Anchor template = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("assessment.grades.import.template"));
        template.setId("grades-template");
        upload = new Upload(new LimitedUpload(MAX_BYTES, 1, () -> 0, (name, bytes) -> {
            UI ui = UI.getCurrent();
            ImportResult outcome;
            try {
                outcome = grades.importGrades(planId, new ByteArrayInputStream(bytes));
            } catch (PortalException e) {
                ui.access(() -> refuse(e));
                return;
            }
            ui.access(() -> show(outcome));
        }));
        UploadTexts.apply(upload);
        upload.setId("grades-upload");
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        result.setId("grades-import-result");
        add(new Paragraph(getTranslation("assessment.grades.import.help")), template, upload, result);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void show(ImportResult outcome) {
        upload.clearFileList();
        result.removeAll();
        if (outcome.ok()) {
            text(getTranslation("assessment.grades.import.saved", outcome.saved()));
            onImported.run();
            return;
        }
        text(getTranslation("assessment.grades.import.rejected", outcome.errors().size()));
        result.add(CellErrorGrid.of("grades-import-errors", outcome.errors(), RowError::row, RowError::column,
                e -> getTranslation(e.messageKey(), e.args().toArray())));
    }

    private void refuse(PortalException e) {
        upload.clearFileList();
        result.removeAll();
        text(getTranslation(e.messageKey(), e.args()));
    }

    private void text(String s) {
        Paragraph p = new Paragraph(s);
        p.setId("grades-import-message");
        result.add(p);
    }
}
