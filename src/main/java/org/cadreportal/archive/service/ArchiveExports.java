package org.cadreportal.archive.service;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.KeyFigure;
import org.cadreportal.archive.Scores;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.FilingPeriod;
import org.cadreportal.base.ExcelExport;
import org.cadreportal.base.ExportProgress;
import org.cadreportal.base.PdfCells;
import org.cadreportal.base.PdfFonts;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The archive on paper and in a spreadsheet, in Chinese like the department's own files: the grid's
 * rows as an Excel sheet, and one cadre's entries over a range of periods as a PDF.
 */
@Component
@RequiredArgsConstructor
class ArchiveExports {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> COLUMNS = List.of("archive.field.cadre", "archive.field.unit",
            "archive.field.period", "archive.field.field", "archive.field.level", "archive.field.category",
            "archive.field.role", "archive.field.whatDone", "archive.field.status", "archive.field.late",
            "archive.field.proxy", "archive.field.submittedAt", "archive.field.scoreTotal");

    private final MessageSource messages;
    private final PdfFonts fonts;
    private final Clock clock;

    void excel(Function<Pageable, List<EntryRow>> source, long total, OutputStream out, ExportProgress progress) {
        ExcelExport.write(t("archive.sheet"), COLUMNS.stream().map(this::t).toList(), source, total, this::cells, out,
                progress);
    }

    private List<String> cells(EntryRow r) {
        return List.of(r.cadreName(), r.unitName(), r.period().zh(), r.field().zh(), r.level().zh(), r.category().zh(),
                t(r.role().labelKey()), r.whatDone(), t(r.status().labelKey()), r.late() ? t("common.yes") : "",
                r.proxyName() == null ? "" : r.proxyName(),
                r.submittedAt() == null ? "" : r.submittedAt().format(TIME),
                r.scoreTotal() == null ? "" : r.scoreTotal().toString());
    }

    void pdf(ReadOnlyCadre cadre, List<FilingPeriod> periods, List<AchievementEntry> entries, ArchiveNames.Names names,
             OutputStream out) {
        PdfCells.Form form = PdfCells.open(fonts.cjk(), out, cadre.getName() + " · " + t("archive.pdf.title"));
        Document doc = form.doc();
        Font heading = form.heading();
        Font body = form.body();
        Font small = form.small();
        Paragraph meta = new Paragraph(t("archive.pdf.printedAt") + "：" + LocalDateTime.now(clock).format(TIME), small);
        meta.setAlignment(Element.ALIGN_RIGHT);
        doc.add(meta);
        PdfPTable profile = new PdfPTable(new float[]{1.2f, 2f, 1.2f, 2f});
        profile.setWidthPercentage(100);
        profile.setSpacingBefore(6);
        PdfCells.pair(profile, body, t("archive.field.cadre"), cadre.getName(), t("archive.field.unit"),
                cadre.getUnit().getName());
        PdfCells.pair(profile, body, t("archive.pdf.post"), cadre.getPostTitle(), t("archive.pdf.periods"),
                periods.isEmpty() ? "" : periods.getFirst().getNameZh() + " — " + periods.getLast().getNameZh());
        doc.add(profile);
        for (FilingPeriod p : periods) {
            List<AchievementEntry> of = entries.stream().filter(e -> e.getPeriodId() == p.getId()).toList();
            PdfCells.section(doc, heading, p.getNameZh() + "（" + of.size() + "）");
            if (of.isEmpty()) {
                doc.add(new Paragraph(t("archive.pdf.none"), body));
            }
            for (AchievementEntry e : of) {
                doc.add(entryTable(e, names, body));
            }
        }
        doc.close();
    }

    private PdfPTable entryTable(AchievementEntry e, ArchiveNames.Names names, Font font) {
        PdfPTable table = new PdfPTable(new float[]{1.2f, 2f, 1.2f, 2f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        PdfCells.pair(table, font, t("archive.field.field"), names.term(e.getFieldId()).zh(), t("archive.field.level"),
                names.term(e.getLevelId()).zh());
        PdfCells.pair(table, font, t("archive.field.category"), names.term(e.getCategoryId()).zh(),
                t("archive.field.role"), t(e.getRole().labelKey()));
        PdfCells.wide(table, font, t("archive.field.whatDone"), e.getWhatDone());
        PdfCells.wide(table, font, t("archive.field.achieved"), e.getAchieved());
        PdfCells.wide(table, font, t("archive.field.effect"), e.getEffect());
        if (!e.getFigures().isEmpty()) {
            PdfCells.wide(table, font, t("archive.field.figures"), e.getFigures().stream()
                    .map(ArchiveExports::figure).collect(Collectors.joining("；")));
        }
        Scores s = e.getScores();
        PdfCells.pair(table, font, t("archive.field.status"), t(e.getStatus().labelKey())
                        + (e.isLate() ? "（" + t("archive.field.late") + "）" : ""),
                t("archive.field.scoreTotal"), s.total() == null ? "—" : scores(s));
        return table;
    }

    private String scores(Scores s) {
        return s.total() + "（" + t("archive.score.completion") + n(s.completion()) + " " + t("archive.score.truth")
                + n(s.truth()) + " " + t("archive.score.difficulty") + n(s.difficulty()) + " "
                + t("archive.score.contribution") + n(s.contribution()) + "）";
    }

    private static String n(Integer v) {
        return v == null ? "—" : v.toString();
    }

    private static String figure(KeyFigure k) {
        return k.label() + " " + k.amount().stripTrailingZeros().toPlainString() + (k.unit() == null ? "" : k.unit());
    }

    private String t(String key) {
        return messages.getMessage(key, null, ZH);
    }
}
