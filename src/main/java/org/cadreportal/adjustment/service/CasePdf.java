package org.cadreportal.adjustment.service;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.ReferenceRow;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.base.PdfCells;
import org.cadreportal.base.PdfFonts;
import org.cadreportal.workflow.StepDetail;
import org.cadreportal.workflow.StepOutcome;
import org.cadreportal.workflow.StepRecordRow;
import org.cadreportal.workflow.VoteTally;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 呈批表 of a case: the cadre, the situations, every step taken with its opinion and record, the
 * vote tally and the decision, on A4 in Chinese (an official paper form, so always Chinese).
 */
@Component
@RequiredArgsConstructor
class CasePdf {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PdfFonts fonts;
    private final MessageSource messages;
    private final Clock clock;

    void write(CaseDetails c, OutputStream out) {
        PdfCells.Form form = PdfCells.open(fonts.cjk(), out,
                c.standing().procedure().nameZh() + t("adjustment.pdf.form"));
        Document doc = form.doc();
        Font heading = form.heading();
        Font body = form.body();
        Font small = form.small();
        Paragraph meta = new Paragraph(t("adjustment.field.caseNo") + "：" + c.header().caseNo() + "    "
                + t("adjustment.pdf.printedAt") + "：" + LocalDateTime.now(clock).format(TIME), small);
        meta.setAlignment(Element.ALIGN_RIGHT);
        meta.setSpacingAfter(8);
        doc.add(meta);

        PdfPTable profile = new PdfPTable(new float[]{1.2f, 2f, 1.2f, 2f});
        profile.setWidthPercentage(100);
        pair(profile, body, "adjustment.field.cadre", c.header().cadreName(), "adjustment.field.unit",
                c.header().unitName());
        pair(profile, body, "adjustment.field.formerPost", c.header().formerPost(), "adjustment.field.formerRank",
                t(c.header().formerRank().labelKey()));
        pair(profile, body, "adjustment.field.direction", t(c.header().direction().labelKey()),
                "adjustment.field.source",
                t(c.header().source().labelKey()));
        if (!c.header().situations().isEmpty()) {
            wide(profile, body, "adjustment.field.situations",
                    c.header().situations().stream().map(ReferenceRow::nameZh).collect(Collectors.joining("；")));
        }
        wide(profile, body, "adjustment.field.summary", c.header().summary());
        pair(profile, body, "adjustment.field.status", t(c.standing().status().labelKey()), "adjustment.field.openedOn",
                c.header().openedOn().toString());
        doc.add(profile);

        section(doc, heading, "adjustment.pdf.steps");
        PdfPTable steps = new PdfPTable(new float[]{1.6f, 0.9f, 1f, 1.3f, 4f});
        steps.setWidthPercentage(100);
        steps.setHeaderRows(1);
        for (String key : new String[]{"adjustment.pdf.step", "adjustment.pdf.outcome", "adjustment.pdf.actor",
                "adjustment.pdf.time", "adjustment.pdf.record"}) {
            PdfPCell cell = cell(t(key), heading);
            cell.setGrayFill(0.9f);
            steps.addCell(cell);
        }
        for (StepRecordRow r : c.records()) {
            steps.addCell(cell(r.ordinal() + ". " + r.stepNameZh(), body));
            steps.addCell(cell(t(r.outcome().labelKey()), body));
            steps.addCell(cell(r.actorName(), body));
            steps.addCell(cell(r.actedAt().format(TIME), body));
            steps.addCell(cell(record(r), body));
        }
        doc.add(steps);

        if (c.steps().meeting().date() != null) {
            section(doc, heading, "adjustment.pdf.decision");
            CaseDetails.Meeting meeting = c.steps().meeting();
            VoteTally tally = meeting.tally();
            VoteTally rule = meeting.rule();
            String count = meeting.sealed()
                    ? messages.getMessage("adjustment.tally.sealed", new Object[]{meeting.entitled(),
                    meeting.attended(), meeting.cast()}, ZH)
                    : messages.getMessage("adjustment.tally", new Object[]{tally.entitled(), tally.attended(),
                    tally.agree(), tally.disagree(), tally.abstain()}, ZH);
            doc.add(new Paragraph(t("adjustment.field.meetingDate") + "：" + meeting.date() + "    " + count, body));
            doc.add(new Paragraph(messages.getMessage("adjustment.rule", new Object[]{rule.quorum(),
                    rule.majority()}, ZH) + "  " + t("adjustment.field.decision") + "："
                    + t(c.steps().meeting().decision() == null ? "adjustment.pdf.voting"
                    : "adjustment.decision." + c.steps().meeting().decision()), body));
            PdfPTable seats = new PdfPTable(new float[]{2f, 1f, 1f});
            seats.setWidthPercentage(60);
            seats.setHorizontalAlignment(Element.ALIGN_LEFT);
            seats.setSpacingBefore(4);
            for (SeatRow s : c.steps().meeting().seats()) {
                seats.addCell(cell(s.displayName(), body));
                seats.addCell(cell(s.attended() ? t("adjustment.seat.present") : s.absence() == null
                        ? t("adjustment.seat.absent") : t("adjustment.seat.absentFor", t(s.absence().labelKey())), body));
                // A paper form shows no one's choice while sealed, not even the printing member's own.
                seats.addCell(cell(meeting.sealed() ? (s.voted() ? t("adjustment.seat.voted")
                        : s.attended() ? t("adjustment.seat.notVoted") : "—")
                        : s.vote() == null ? "—" : t(s.vote().labelKey()), body));
            }
            doc.add(seats);
        }
        if (c.steps().appointment().documentNo() != null) {
            section(doc, heading, "adjustment.pdf.appointment");
            String line = t("adjustment.field.documentNo") + "：" + c.steps().appointment().documentNo() + "    "
                    + t("adjustment.field.effectiveDate") + "：" + c.steps().appointment().effectiveDate();
            if (c.steps().appointment().impactUntil() != null) {
                line += "    " + t("adjustment.field.impactUntil") + "：" + c.steps().appointment().impactUntil();
            }
            doc.add(new Paragraph(line, body));
        }
        doc.close();
    }

    private String record(StepRecordRow r) {
        StringBuilder text = new StringBuilder();
        for (StepDetail d : r.details()) {
            text.append(t(d.labelKey())).append("：").append(d.translate() ? t(d.value()) : d.value()).append('\n');
        }
        if (r.outcome() == StepOutcome.SENT_BACK || r.outcome() == StepOutcome.TERMINATED
                || r.outcome() == StepOutcome.IMPROVED) {
            text.append(t("workflow.field.reason")).append("：");
        }
        if (r.opinion() != null) {
            text.append(r.opinion()).append('\n');
        }
        if (!r.attachments().isEmpty()) {
            text.append(t("workflow.field.attachments")).append("：")
                    .append(r.attachments().stream().map(a -> a.fileName()).collect(Collectors.joining("、")));
        }
        return text.toString().strip();
    }

    private void section(Document doc, Font font, String key) {
        PdfCells.section(doc, font, t(key));
    }

    private void pair(PdfPTable table, Font font, String k1, String v1, String k2, String v2) {
        PdfCells.pair(table, font, t(k1), v1, t(k2), v2);
    }

    private void wide(PdfPTable table, Font font, String key, String value) {
        PdfCells.wide(table, font, t(key), value);
    }

    private static PdfPCell cell(String text, Font font) {
        return PdfCells.cell(text, font);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, ZH);
    }
}
