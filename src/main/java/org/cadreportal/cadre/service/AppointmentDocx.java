package org.cadreportal.cadre.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.cadreportal.cadre.service.FormSheet.Box;
import org.cadreportal.cadre.service.FormSheet.Continued;
import org.cadreportal.cadre.service.FormSheet.Page;
import org.cadreportal.cadre.service.FormSheet.Row;
import org.cadreportal.cadre.service.FormText.Line;
import org.cadreportal.cadre.service.FormText.Para;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.springframework.stereotype.Component;

/**
 * The 干部任免审批表 as a Word file, drawn from the same laid-out sheet as the PDF: real tables with a fixed
 * column grid, merged cells as Word merges them (gridSpan across, vMerge down), rows at least as tall as the
 * printed form's, a page break between page 1 and page 2, A4 with the form's margins. Each paragraph is one
 * paragraph (Word wraps it), so the file stays editable.
 */
@Component
class AppointmentDocx {

    /** 宋体 by the name Word knows it; LibreOffice substitutes a CJK serif. */
    private static final String FONT = "SimSun";
    /**
     * Digits and Latin letters in Times New Roman, as official papers set them (LibreOffice: Liberation Serif,
     * the same widths): narrower than the PDF font the layout measures with, so the 简历 dates stay within
     * their column.
     */
    private static final String LATIN = "Times New Roman";

    void write(FormSheet.Form form, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            a4(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            spacing(title, 30, 12);
            run(title, form.title(), FormLayout.TITLE_SIZE).setBold(true);
            table(doc, form.first());
            pageBreak(doc);
            table(doc, form.second());
            XWPFParagraph footer = doc.createParagraph();
            spacing(footer, FormText.leading(FormLayout.LABEL), 0);
            footer.setSpacingBefore(120);
            run(footer, form.footer(), FormLayout.LABEL);
            if (!form.continued().isEmpty()) {
                pageBreak(doc);
                continued(doc, form);
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(twips(FormLayout.PAGE_WIDTH));
        size.setH(twips(FormLayout.PAGE_HEIGHT));
        var margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(FormLayout.TOP));
        margins.setBottom(twips(FormLayout.TOP));
        margins.setLeft(twips(FormLayout.SIDE));
        margins.setRight(twips(FormLayout.SIDE));
        margins.setHeader(twips(20));
        margins.setFooter(twips(20));
        margins.setGutter(BigInteger.ZERO);
    }

    private static XWPFTable table(XWPFDocument doc, Page page) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        grid(table, page.widths());
        // The cells that a box above still covers, by column: the box, or null.
        Box[] covering = new Box[page.widths().length];
        int[] coveredRows = new int[page.widths().length];
        for (Row row : page.rows()) {
            XWPFTableRow tr = table.insertNewTableRow(table.getNumberOfRows());
            tr.setHeight((int) Math.round(row.height() * 20));
            tr.setHeightRule(TableRowHeightRule.AT_LEAST);
            tr.setCantSplitRow(true);
            int col = 0;
            while (col < page.widths().length) {
                Box box = startingAt(row, col);
                if (box != null) {
                    cell(tr, box, page, row, box.rowspan() > 1 ? STMerge.RESTART : null);
                    if (box.rowspan() > 1) {
                        covering[col] = box;
                        coveredRows[col] = box.rowspan() - 1;
                    }
                    col += box.colspan();
                } else if (covering[col] != null && coveredRows[col] > 0) {
                    Box above = covering[col];
                    cell(tr, new Box(col, above.colspan(), 1, above.size(), List.of(), above.valign(), null), page,
                            row, STMerge.CONTINUE);
                    if (--coveredRows[col] == 0) {
                        covering[col] = null;
                    }
                    col += above.colspan();
                } else {
                    throw new IllegalStateException("The form's grid leaves column " + col + " empty");
                }
            }
        }
        return table;
    }

    private static void grid(XWPFTable table, float[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(twips(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        table.setCellMargins(0, (int) (FormText.PAD * 20), 0, (int) (FormText.PAD * 20));
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, "000000");
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float w : widths) {
            grid.addNewGridCol().setW(twips(w));
        }
    }

    private static Box startingAt(Row row, int col) {
        for (Box box : row.boxes()) {
            if (box.col() == col) {
                return box;
            }
        }
        return null;
    }

    private static void cell(XWPFTableRow tr, Box box, Page page, Row row, STMerge.Enum merge) {
        XWPFTableCell cell = tr.addNewTableCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        float width = 0;
        for (int c = box.col(); c < box.col() + box.colspan(); c++) {
            width += page.widths()[c];
        }
        var w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(twips(width));
        if (box.colspan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(box.colspan()));
        }
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        pr.addNewVAlign().setVal(switch (box.valign()) {
            case TOP -> STVerticalJc.TOP;
            case MIDDLE -> STVerticalJc.CENTER;
            case BOTTOM -> STVerticalJc.BOTTOM;
        });
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        if (box.photo() != null && box.lines().isEmpty()) {
            photo(first, box, width, row.height() * box.rowspan());
            return;
        }
        List<Para> paras = paragraphs(box.lines());
        for (int i = 0; i < paras.size(); i++) {
            paragraph(i == 0 ? first : cell.addParagraph(), paras.get(i), box.size());
        }
        if (paras.isEmpty()) {
            spacing(first, FormText.leading(box.size()), 0);
        }
    }

    /** The box's lines as the paragraphs they were wrapped from (a paragraph cut for the 续页 stays cut). */
    private static List<Para> paragraphs(List<Line> lines) {
        return FormText.regroup(lines);
    }

    private static void paragraph(XWPFParagraph p, Para para, float size) {
        p.setAlignment(switch (para.align()) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        });
        spacing(p, FormText.leading(size), 0);
        int rest = Math.round(para.restIndent() * size * 20);
        int first = Math.round(para.firstIndent() * size * 20);
        if (!para.lead().isEmpty()) {
            first = 0;
        }
        if (rest > 0 || first > 0) {
            p.setIndentationLeft(rest);
            if (first < rest) {
                p.setIndentationHanging(rest - first);
            } else if (first > rest) {
                p.setIndentationFirstLine(first - rest);
            }
        }
        if (!para.lead().isEmpty()) {
            // The dates, then a tab to the hanging indent, where the unit and post start.
            run(p, para.lead(), size).addTab();
        }
        if (!para.text().isEmpty()) {
            run(p, para.text(), size);
        }
    }

    private static void photo(XWPFParagraph p, Box box, float width, float height) {
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(box.photo().bytes()));
            if (image == null) {
                return;
            }
            float scale = Math.min((width - 4 * FormText.PAD) / image.getWidth(),
                    (height - 4 * FormText.PAD) / image.getHeight());
            int type = "image/png".equals(box.photo().mediaType()) ? XWPFDocument.PICTURE_TYPE_PNG
                    : XWPFDocument.PICTURE_TYPE_JPEG;
            p.createRun().addPicture(new ByteArrayInputStream(box.photo().bytes()), type,
                    type == XWPFDocument.PICTURE_TYPE_PNG ? "photo.png" : "photo.jpg",
                    Units.toEMU(image.getWidth() * scale), Units.toEMU(image.getHeight() * scale));
        } catch (Exception e) {
            // A photo that cannot be read leaves the empty box it would be without one.
        }
    }

    private static void continued(XWPFDocument doc, FormSheet.Form form) {
        XWPFParagraph title = doc.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        spacing(title, 24, 6);
        run(title, form.continuedTitle(), 16).setBold(true);
        XWPFParagraph name = doc.createParagraph();
        spacing(name, FormText.leading(FormLayout.VALUE), 6);
        run(name, form.nameLine(), FormLayout.VALUE);
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        float labelWidth = form.first().widths()[0];
        float[] widths = {labelWidth, form.first().width() - labelWidth};
        grid(table, widths);
        for (Continued c : form.continued()) {
            XWPFTableRow tr = table.insertNewTableRow(table.getNumberOfRows());
            List<Line> label = List.of(new Line(c.label(), 0, true, 0, Para.centre(c.label())));
            cell(tr, new Box(0, 1, 1, FormLayout.SMALLEST_LONG, label, FormSheet.VAlign.MIDDLE, null),
                    new Page(widths, List.of()), new Row(0, List.of()), null);
            XWPFTableCell text = tr.addNewTableCell();
            var w = (text.getCTTc().isSetTcPr() ? text.getCTTc().getTcPr() : text.getCTTc().addNewTcPr()).addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(twips(widths[1]));
            XWPFParagraph first = text.getParagraphs().isEmpty() ? text.addParagraph() : text.getParagraphs().get(0);
            for (int i = 0; i < c.paras().size(); i++) {
                paragraph(i == 0 ? first : text.addParagraph(), c.paras().get(i), FormLayout.VALUE);
            }
        }
        // Word wants a paragraph after a table at the end of the body.
        spacing(doc.createParagraph(), 2, 0);
    }

    /** A page break in a paragraph one point high, so it adds nothing to either page. */
    private static void pageBreak(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        spacing(p, 1, 0);
        p.createRun().addBreak(BreakType.PAGE);
    }

    private static void spacing(XWPFParagraph p, float linePoints, float afterPoints) {
        p.setSpacingBefore(0);
        p.setSpacingAfter(Math.round(afterPoints * 20));
        p.setSpacingBetween(linePoints, LineSpacingRule.EXACT);
    }

    private static XWPFRun run(XWPFParagraph p, String text, float size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }

    private static BigInteger twips(float points) {
        return BigInteger.valueOf(Math.round(points * 20));
    }
}
