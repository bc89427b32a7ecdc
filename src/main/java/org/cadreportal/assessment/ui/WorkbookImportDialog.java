package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cadreportal.assessment.ImportResult;
import org.cadreportal.assessment.ImportResult.RowError;
import org.cadreportal.base.ui.CellErrorGrid;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.ImportDialog;

/**
 * An all-or-nothing Excel import of the assessment (导入统计数据, 导入年度考核等次): the template to download and the
 * filled-in file to upload. All rows are checked first; if any is bad nothing is saved and every bad cell is listed
 * with its row, column and reason. One dialog serves both imports: {@code ids} prefixes the element ids, {@code keys}
 * the texts ({@code .title}, {@code .template}, {@code .help}, {@code .saved}, {@code .rejected}).
 */
class WorkbookImportDialog extends ImportDialog<ImportResult> {

    private final Function<InputStream, ImportResult> importer;
    private final Runnable onImported;
    private final String ids;
    private final String keys;

    WorkbookImportDialog(String ids, String keys, String fileName, int maxBytes, Consumer<OutputStream> template,
                         Function<InputStream, ImportResult> importer, Runnable onImported) {
        super(keys + ".title", maxBytes, ids + "-upload", ids + "-import-result", ids + "-import-message");
        this.importer = importer;
        this.onImported = onImported;
        this.ids = ids;
        this.keys = keys;
        Anchor link = new Anchor(Downloads.excel(fileName, template::accept), AttachmentType.DOWNLOAD,
                getTranslation(keys + ".template"));
        link.setId(ids + "-template");
        upload().setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        add(new Paragraph(getTranslation(keys + ".help")), link, upload(), result());
    }

    @Override
    protected ImportResult importFile(String name, byte[] content) {
        return importer.apply(new ByteArrayInputStream(content));
    }

    @Override
    protected void show(ImportResult outcome) {
        if (outcome.ok()) {
            report(getTranslation(keys + ".saved", outcome.saved()));
            onImported.run();
            return;
        }
        report(getTranslation(keys + ".rejected", outcome.errors().size()),
                CellErrorGrid.of(ids + "-import-errors", outcome.errors(), RowError::row, RowError::column,
                        e -> getTranslation(e.messageKey(), e.args().toArray())));
    }
}
