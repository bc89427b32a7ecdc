package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import org.cadreportal.base.ui.CellErrorGrid;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.ImportDialog;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.RosterImportResult;
import org.cadreportal.cadre.RosterImportResult.RowError;

/**
 * 导入花名册: upload a filled-in template. All rows are checked first; if any is bad nothing is saved
 * and every bad row is listed with the reason.
 */
class RosterImportDialog extends ImportDialog<RosterImportResult> {

    static final int MAX_BYTES = (int) org.cadreportal.cadre.CadreService.ROSTER_MAX_BYTES;

    private final CadreService cadres;
    private final Runnable onImported;

    RosterImportDialog(CadreService cadres, Runnable onImported) {
        super("roster.title", MAX_BYTES, "roster-upload", "roster-result", "roster-message");
        this.cadres = cadres;
        this.onImported = onImported;
        Anchor template = new Anchor(Downloads.excel("roster-template.xlsx", cadres::writeTemplate),
                AttachmentType.DOWNLOAD, getTranslation("roster.template"));
        template.setId("roster-template");
        upload().setAcceptedFileTypes(".xlsx", Downloads.XLSX);
        upload().addFileRejectedListener(e -> report(getTranslation("roster.error.fileRejected",
                MAX_BYTES / 1024 / 1024)));
        add(new Paragraph(getTranslation("roster.help")), template, upload(), result());
    }

    @Override
    protected RosterImportResult importFile(String name, byte[] content) {
        return cadres.importRoster(new ByteArrayInputStream(content));
    }

    @Override
    protected void show(RosterImportResult outcome) {
        if (outcome.saved()) {
            report(getTranslation("roster.saved", outcome.added(), outcome.updated()));
            onImported.run();
            return;
        }
        report(getTranslation("roster.rejected", outcome.errors().size()),
                CellErrorGrid.of("roster-errors", outcome.errors(), RowError::row, RowError::column,
                        e -> getTranslation(e.messageKey(), e.args().toArray())));
    }
}
