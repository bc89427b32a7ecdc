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
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.ui.CellErrorGrid;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.LimitedUpload;
import org.cadreportal.base.ui.UploadTexts;

/**
 * An all-or-nothing Excel import of the assessment (导入统计数据, 导入年度考核等次): the template to download and the
 * filled-in file to upload. All rows are checked first; if any is bad nothing is saved and every bad cell is listed
 * with its row, column and reason. One dialog serves both imports: {@code ids} prefixes the element ids, {@code keys}
 * the texts ({@code .title}, {@code .template}, {@code .help}, {@code .saved}, {@code .rejected}).
 */
class WorkbookImportDialog extends Dialog {

    private final Div result = new Div();
    private final Upload upload;
    private final Runnable onImported;
    private final String ids;
    private final String keys;

    WorkbookImportDialog(String ids, String keys, String fileName, int maxBytes, Consumer<OutputStream> template,
                         Function<InputStream, ImportResult> importer, Runnable onImported) {
        this.onImported = onImported;
        this.ids = ids;
        this.keys = keys;
        setHeaderTitle(getTranslation(keys + ".title"));
        setWidth("min(900px, 95vw)");
        DownloadHandler download = Downloads.excel(fileName, template::accept);
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, getTranslation(keys + ".template"));
        link.setId(ids + "-template");
        upload = new Upload(new LimitedUpload(maxBytes, 1, () -> 0, (name, bytes) -> {
            UI ui = UI.getCurrent();
            ImportResult outcome;
            try {
                outcome = importer.apply(new ByteArrayInputStream(bytes));
            } catch (PortalException e) {
                ui.access(() -> refuse(e));
                return;
            }
            ui.access(() -> show(outcome));
        }));
        UploadTexts.apply(upload);
        upload.setId(ids + "-upload");
        upload.setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        result.setId(ids + "-import-result");
        add(new Paragraph(getTranslation(keys + ".help")), link, upload, result);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private void show(ImportResult outcome) {
        upload.clearFileList();
        result.removeAll();
        if (outcome.ok()) {
            text(getTranslation(keys + ".saved", outcome.saved()));
            onImported.run();
            return;
        }
        text(getTranslation(keys + ".rejected", outcome.errors().size()));
        result.add(CellErrorGrid.of(ids + "-import-errors", outcome.errors(), RowError::row, RowError::column,
                e -> getTranslation(e.messageKey(), e.args().toArray())));
    }

    private void refuse(PortalException e) {
        upload.clearFileList();
        result.removeAll();
        text(getTranslation(e.messageKey(), e.args()));
    }

    private void text(String s) {
        Paragraph p = new Paragraph(s);
        p.setId(ids + "-import-message");
        result.add(p);
    }
}
