package org.cadreportal.base;

import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The few shapes every printed record uses: a padded cell, a grey label cell, a label-value row, a heading. */
public final class PdfCells {

    private PdfCells() {
    }

    /** An open A4 document with its centred title written, and the fonts the rest of it uses. */
    public record Form(Document doc, Font heading, Font body, Font small) {
    }

    public static Form open(BaseFont base, OutputStream out, String title) {
        return open(base, out, title, 16);
    }

    /** {@link #open(BaseFont, OutputStream, String)} with the title at {@code titleSize} points (an official form's 二号). */
    public static Form open(BaseFont base, OutputStream out, String title, float titleSize) {
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph head = new Paragraph(title, new Font(base, titleSize, Font.BOLD));
        head.setAlignment(Element.ALIGN_CENTER);
        doc.add(head);
        return new Form(doc, new Font(base, 12, Font.BOLD), new Font(base, 10), new Font(base, 8));
    }

    public static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        return cell;
    }

    public static PdfPCell label(String text, Font font) {
        PdfPCell cell = cell(text, font);
        cell.setGrayFill(0.93f);
        return cell;
    }

    /** Two label-value pairs side by side in a four-column table. */
    public static void pair(PdfPTable table, Font font, String label1, String value1, String label2, String value2) {
        table.addCell(label(label1, font));
        table.addCell(cell(value1, font));
        table.addCell(label(label2, font));
        table.addCell(cell(value2, font));
    }

    /** One label and a value spanning the other three columns of a four-column table. */
    public static void wide(PdfPTable table, Font font, String label, String value) {
        table.addCell(label(label, font));
        PdfPCell cell = cell(value, font);
        cell.setColspan(3);
        table.addCell(cell);
    }

    public static void section(Document doc, Font font, String title) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }
}
