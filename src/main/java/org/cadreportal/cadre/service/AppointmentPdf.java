package org.cadreportal.cadre.service;

import java.io.OutputStream;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.PdfCells;
import org.cadreportal.base.PdfFonts;
import org.cadreportal.cadre.service.FormSheet.Box;
import org.cadreportal.cadre.service.FormSheet.Continued;
import org.cadreportal.cadre.service.FormSheet.Page;
import org.cadreportal.cadre.service.FormSheet.Row;
import org.cadreportal.cadre.service.FormText.Line;
import org.cadreportal.cadre.service.FormText.Para;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.draw.VerticalPositionMark;
import org.springframework.stereotype.Component;

/**
 * The 干部任免审批表 as a PDF: the laid-out sheet drawn line by line (the lines were wrapped and sized to fit
 * their boxes by {@link FormLayout}), page 1 and page 2 on two A4 pages, then the 续页 if anything continued.
 */
@Component
@RequiredArgsConstructor
class AppointmentPdf {

    /** A blank line must still take its height. */
    private static final String BLANK = "\u00a0";

    private final PdfFonts fonts;

    FormText.Measure measure() {
        BaseFont font = fonts.cjk();
        return font::getWidthPoint;
    }

    void write(FormSheet.Form form, OutputStream out) {
        BaseFont base = fonts.cjk();
        PdfCells.Form pdf = PdfCells.open(base, out, form.title(), FormLayout.TITLE_SIZE);
        Document doc = pdf.doc();
        doc.add(table(form.first(), base, 8));
        doc.newPage();
        PdfPTable second = table(form.second(), base, 0);
        // The line under the form (填表人, 填表时间) is a borderless last row, so it stays on page 2.
        PdfPCell footer = new PdfPCell(new Paragraph(form.footer(), new Font(base, FormLayout.LABEL)));
        footer.setColspan(form.second().widths().length);
        footer.setBorder(PdfPCell.NO_BORDER);
        footer.setPaddingTop(6);
        footer.setPaddingLeft(0);
        footer.setFixedHeight(24);
        second.addCell(footer);
        doc.add(second);
        if (!form.continued().isEmpty()) {
            doc.newPage();
            continued(doc, base, form);
        }
        doc.close();
    }

    private static PdfPTable table(Page page, BaseFont base, float spacingBefore) {
        PdfPTable table = new PdfPTable(page.widths().length);
        table.setTotalWidth(page.widths());
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.setSpacingBefore(spacingBefore);
        for (Row row : page.rows()) {
            for (Box box : row.boxes()) {
                table.addCell(cell(box, row, page, base));
            }
        }
        return table;
    }

    private static PdfPCell cell(Box box, Row row, Page page, BaseFont base) {
        PdfPCell cell;
        if (box.lines().isEmpty() && box.photo() != null) {
            cell = photo(box, page, row);
        } else {
            cell = new PdfPCell();
            Font font = new Font(base, box.size());
            for (Line line : box.lines()) {
                Paragraph p = paragraph(line.lead(), line.text(), line.indent() * box.size(), font);
                p.setAlignment(align(line.of().align()));
                if (line.lead().isEmpty()) {
                    p.setIndentationLeft(line.indent() * box.size());
                }
                cell.addElement(p);
            }
        }
        cell.setColspan(box.colspan());
        cell.setRowspan(box.rowspan());
        if (box.rowspan() == 1) {
            cell.setFixedHeight(row.height());
        }
        cell.setPadding(FormText.PAD);
        cell.setPaddingTop(FormText.PAD - 1);
        cell.setBorderWidth(0.75f);
        cell.setVerticalAlignment(switch (box.valign()) {
            case TOP -> Element.ALIGN_TOP;
            case MIDDLE -> Element.ALIGN_MIDDLE;
            case BOTTOM -> Element.ALIGN_BOTTOM;
        });
        return cell;
    }

    /** The photo scaled into the box (two columns, four rows), or the empty box when there is none. */
    private static PdfPCell photo(Box box, Page page, Row row) {
        float width = 0;
        for (int c = box.col(); c < box.col() + box.colspan(); c++) {
            width += page.widths()[c];
        }
        try {
            Image image = Image.getInstance(box.photo().bytes());
            image.scaleToFit(width - 4 * FormText.PAD, row.height() * box.rowspan() - 4 * FormText.PAD);
            PdfPCell cell = new PdfPCell(image, false);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            return cell;
        } catch (Exception e) {
            // A photo that cannot be read prints as the empty box it would be without one.
            return new PdfPCell();
        }
    }

    private static void continued(Document doc, BaseFont base, FormSheet.Form form) {
        Paragraph title = new Paragraph(form.continuedTitle(), new Font(base, 16, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Font body = new Font(base, FormLayout.VALUE);
        Paragraph name = new Paragraph(form.nameLine(), body);
        name.setSpacingBefore(6);
        name.setSpacingAfter(6);
        name.setIndentationLeft(FormLayout.SIDE - doc.leftMargin());
        doc.add(name);
        PdfPTable table = new PdfPTable(2);
        float labelWidth = form.first().widths()[0];
        table.setTotalWidth(new float[]{labelWidth, form.first().width() - labelWidth});
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        // A long box's rest starts right under the name and runs on over as many pages as it needs.
        table.setSplitLate(false);
        Font label = new Font(base, FormLayout.SMALLEST_LONG);
        for (Continued c : form.continued()) {
            PdfPCell head = PdfCells.cell(c.label(), label);
            head.setHorizontalAlignment(Element.ALIGN_CENTER);
            head.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(head);
            PdfPCell text = new PdfPCell();
            text.setPadding(4);
            for (Para para : c.paras()) {
                Paragraph p = paragraph(para.lead(), para.text(), para.restIndent() * FormLayout.VALUE, body);
                p.setIndentationLeft(para.restIndent() * FormLayout.VALUE);
                float first = para.lead().isEmpty() ? para.firstIndent() : 0;
                p.setFirstLineIndent((first - para.restIndent()) * FormLayout.VALUE);
                text.addElement(p);
            }
            table.addCell(text);
        }
        doc.add(table);
    }

    /** A line or paragraph; with a lead (a 简历 line's dates), the text starts at a tab stop {@code tab} points in. */
    private static Paragraph paragraph(String lead, String text, float tab, Font font) {
        Paragraph p = new Paragraph(FormText.leading(font.getSize()));
        if (!lead.isEmpty()) {
            p.add(new Chunk(lead, font));
            p.add(new Chunk(new VerticalPositionMark(), tab, false));
        }
        p.add(new Chunk(text.isEmpty() && lead.isEmpty() ? BLANK : text, font));
        return p;
    }

    private static int align(FormText.Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
        };
    }
}
