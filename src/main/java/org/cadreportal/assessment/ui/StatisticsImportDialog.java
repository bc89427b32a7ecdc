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
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.CellErrorGrid;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.LimitedUpload;
import org.cadreportal.base.ui.UploadTexts;

/**
 * 导入统计数据: the plan's template to download (a row per unit and statistics indicator, targets and current values
 * filled in) and the filled-in file to upload. All rows are checked first; if any is bad nothing is saved and
 * every bad cell is listed with its row, column and reason. A saved import scores the plan again.
 */
class StatisticsImportDialog extends Dialog {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final Div result = new Div();
    private final Upload upload;
    private final Runnable onImported;

    StatisticsImportDialog(AssessmentService assessment, long planId, Runnable onImported) {
        this.onImported = onImported;
        setHeaderTitle(getTranslation("assessment.import.title"));
        setWidth("min(900px, 95vw)");
        DownloadHandler download = Downloads.excel("statistics-template.xlsx", out -> assessment.writeTemplate(planId, out));
        Anchor template = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation("assessment.import.template"));
        template.setId("assessment-template");
        upload = new Upload(new LimitedUpload(MAX_BYTES, 1, () -> 0, (name, bytes) -> {
            UI ui = UI.getCurrent();
            ImportResult outcome;
            try {
                outcome = assessment.importStatistics(planId, new ByteArrayInputStream(bytes));
            } catch (PortalException e) {
                ui.access(() -> refuse(e));
                return;
            }
            ui.access(() -> show(outcome));
        }));
        UploadTexts.apply(upload);
        upload.setId("assessment-upload");
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        result.setId("assessment-import-result");
        add(new Paragraph(getTranslation("assessment.import.help")), template, upload, result);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void show(ImportResult outcome) {
        upload.clearFileList();
        result.removeAll();
        if (outcome.ok()) {
            text(getTranslation("assessment.import.saved", outcome.saved()));
            onImported.run();
            return;
        }
        text(getTranslation("assessment.import.rejected", outcome.errors().size()));
        result.add(CellErrorGrid.of("assessment-import-errors", outcome.errors(), RowError::row, RowError::column,
                e -> getTranslation(e.messageKey(), e.args().toArray())));
    }

    private void refuse(PortalException e) {
        upload.clearFileList();
        result.removeAll();
        text(getTranslation(e.messageKey(), e.args()));
    }

    private void text(String s) {
        Paragraph p = new Paragraph(s);
        p.setId("assessment-import-message");
        result.add(p);
    }
}
