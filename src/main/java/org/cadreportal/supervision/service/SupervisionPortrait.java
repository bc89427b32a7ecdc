package org.cadreportal.supervision.service;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitRow.Tone;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.RecordPortraitSource;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.Rung;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 大督办 items the cadre is responsible for, with their lights, and the escalations that reached him
 * (提醒, 约谈): two queries, one for the items, one for the escalations with their items. Red items come
 * first, then the interviews, then the other items.
 */
@Component
class SupervisionPortrait extends RecordPortraitSource {

    static final String KEY = "supervision";

    SupervisionPortrait(EntityManager em, MessageSource messages) {
        super(AccessTypes.SUPERVISION_ITEM, em, messages);
    }

    private record Item(long id, String no, String title, Light light, ItemStatus status, LocalDate endDate,
                        LocalDate closedOn, int progress) {

        /** Red open items first, then yellow, green, and closed ones last; newest due date first within. */
        int rank() {
            return status == ItemStatus.CLOSED ? 3 : 2 - light.ordinal();
        }
    }

    @Override
    protected PortraitSection read(long cadreId, Locale locale) {
        List<Item> items = rows(cadreId, """
                select i.id, i.itemNo, i.title, i.light, i.status, i.endDate, i.closedOn, i.actualProgress
                from SupervisionItem i join i.cadres c where c.id = :cadre and i.status <> :draft""",
                q -> q.setParameter("draft", ItemStatus.DRAFT)).stream()
                .map(r -> new Item((Long) r[0], (String) r[1], (String) r[2], (Light) r[3], (ItemStatus) r[4],
                        (LocalDate) r[5], (LocalDate) r[6], (Integer) r[7]))
                .sorted(Comparator.comparingInt(Item::rank).thenComparing(Item::endDate, Comparator.reverseOrder()))
                .toList();
        List<Object[]> escalations = rows(cadreId, """
                select e.itemId, i.itemNo, i.title, e.rung, e.raisedOn, e.interviewDate, e.notes
                from Escalation e join SupervisionItem i on i.id = e.itemId
                where e.cadreId = :cadre order by e.raisedOn desc, e.id desc""");
        List<PortraitRow> rows = new ArrayList<>();
        items.stream().filter(i -> i.rank() == 0).forEach(i -> rows.add(row(i, locale)));
        long reminders = 0;
        long interviews = 0;
        for (Object[] e : escalations) {
            Rung rung = (Rung) e[3];
            if (rung == Rung.REMINDER) {
                reminders++;
                continue;
            }
            if (rung == Rung.INTERVIEW) {
                interviews++;
            }
            LocalDate day = e[5] == null ? (LocalDate) e[4] : (LocalDate) e[5];
            String notes = (String) e[6];
            rows.add(new PortraitRow(day, e[1] + " " + e[2], notes == null || notes.isBlank()
                    ? text("portrait.supervision.pending", locale) : notes, text(rung.labelKey(), locale),
                    rung == Rung.INTERVIEW ? Tone.WARN : Tone.BAD, "supervision/item/" + e[0]));
        }
        items.stream().filter(i -> i.rank() > 0).forEach(i -> rows.add(row(i, locale)));
        long red = items.stream().filter(i -> i.rank() == 0).count();
        long yellow = items.stream().filter(i -> i.rank() == 1).count();
        long closed = items.stream().filter(i -> i.status() == ItemStatus.CLOSED).count();
        List<Figure> figures = List.of(Figure.of(text("portrait.supervision.items", locale), items.size()),
                new Figure(text("supervision.light.RED", locale), String.valueOf(red), red > 0 ? Tone.BAD : Tone.NONE),
                new Figure(text("supervision.light.YELLOW", locale), String.valueOf(yellow),
                        yellow > 0 ? Tone.WARN : Tone.NONE),
                Figure.of(text("portrait.supervision.closed", locale), closed),
                Figure.of(text("supervision.rung.REMINDER", locale), reminders),
                new Figure(text("supervision.rung.INTERVIEW", locale), String.valueOf(interviews),
                        interviews > 0 ? Tone.WARN : Tone.NONE));
        return PortraitSection.of(30, KEY, text("portrait.supervision.title", locale), figures, rows);
    }

    private PortraitRow row(Item i, Locale locale) {
        boolean closed = i.status() == ItemStatus.CLOSED;
        return new PortraitRow(closed ? i.closedOn() : i.endDate(), i.no() + " " + i.title(),
                text(closed ? "portrait.supervision.closedLine" : "portrait.supervision.progress", locale,
                        i.progress()),
                closed ? text(ItemStatus.CLOSED.labelKey(), locale) : text(i.light().labelKey(), locale),
                closed ? Tone.GOOD : switch (i.light()) {
                    case RED -> Tone.BAD;
                    case YELLOW -> Tone.WARN;
                    case GREEN -> Tone.NONE;
                }, "supervision/item/" + i.id());
    }
}
