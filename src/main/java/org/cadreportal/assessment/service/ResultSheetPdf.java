package org.cadreportal.assessment.service;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import org.cadreportal.assessment.ResultRow;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.UnitSheet;
import org.cadreportal.base.PdfCells;
import org.cadreportal.base.PdfFonts;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/**
 * A unit's result sheet on A4: the title, the result (group, total, rank, 等次), then every indicator's line with
 * its explanation in short, the header repeated on each page; the day printed at the foot.
 */
@Component
@RequiredArgsConstructor
class ResultSheetPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float[] WIDTHS = {1.1f, 0.8f, 2.6f, 1.1f, 0.6f, 0.7f, 3.6f};

    private final PdfFonts fonts;
    private final ResultTexts texts;
    private final Clock clock;

    void write(UnitSheet sheet, OutputStream out) {
        PdfCells.Form form = PdfCells.open(fonts.cjk(), out, texts.title(sheet));
        ResultRow r = sheet.result();
        PdfPTable head = new PdfPTable(new float[] {1.2f, 2f, 1.2f, 2f});
        head.setWidthPercentage(100);
        head.setSpacingBefore(10);
        PdfCells.pair(head, form.body(), texts.t("assessment.group"), sheet.groupName(), texts.t("assessment.total"),
                ResultTexts.score(r.total()));
        PdfCells.pair(head, form.body(), texts.t("assessment.rank"),
                texts.t("assessment.export.rankValue", String.valueOf(r.rank())), texts.t("assessment.grade"),
                texts.grade(r));
        form.doc().add(head);

        PdfCells.section(form.doc(), form.heading(), texts.t("assessment.export.lines", sheet.lines().size()));
        PdfPTable lines = new PdfPTable(WIDTHS);
        lines.setWidthPercentage(100);
        lines.setHeaderRows(1);
        for (String h : texts.lineHeaders()) {
            lines.addCell(PdfCells.label(h, form.small()));
        }
        for (SheetLine l : sheet.lines()) {
            var cells = texts.cells(l);
            for (int i = 0; i < cells.size(); i++) {
                PdfPCell cell = PdfCells.cell(ResultTexts.text(cells.get(i)), form.small());
                if (i == 4 || i == 5) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                lines.addCell(cell);
            }
        }
        form.doc().add(lines);
        Paragraph printed = new Paragraph(texts.t("assessment.export.printedAt",
                LocalDateTime.now(clock).format(TIME)), form.small());
        printed.setAlignment(Element.ALIGN_RIGHT);
        printed.setSpacingBefore(8);
        form.doc().add(printed);
        form.doc().close();
    }
}
