package org.cadreportal.cadre.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.cadreportal.cadre.AppointmentRecord.Schooling;
import org.cadreportal.cadre.service.FormSheet.Box;
import org.cadreportal.cadre.service.FormSheet.Continued;
import org.cadreportal.cadre.service.FormSheet.Page;
import org.cadreportal.cadre.service.FormSheet.Row;
import org.cadreportal.cadre.service.FormSheet.VAlign;
import org.cadreportal.cadre.service.FormText.Fitted;
import org.cadreportal.cadre.service.FormText.Measure;
import org.cadreportal.cadre.service.FormText.Para;
import org.springframework.context.MessageSource;

/**
 * Lays out the national two-page A4 干部任免审批表 from one {@link AppointmentRecord}: page 1 the person,
 * the photo box, the education block, the posts and the 简历; page 2 奖惩情况, 年度考核结果, 任免理由, the
 * family, 呈报单位 and the two approval boxes. Always in Chinese: it is an official paper form.
 * Sizes are in points; the table is 499 points wide between 48-point side margins of an A4 page.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class FormLayout {

    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    static final float SIDE = 48f;
    static final float TOP = 40f;
    /** The title's line (and the space under it) above page 1's table. */
    static final float TITLE = 46f;
    static final float TITLE_SIZE = 22f;
    static final float LABEL = 10.5f;
    static final float VALUE = 11f;
    static final float SMALLEST = 7f;
    /** The long texts (简历, 奖惩情况, 任免理由) shrink no further than this before they continue. */
    static final float SMALLEST_LONG = 8f;
    static final int FAMILY_ROWS = 7;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** A 简历 line: its dates, the spaces after them, its unit and post. */
    private static final Pattern RESUME_LINE = Pattern.compile("(\\d{4}\\.\\d{2}--(?:\\d{4}\\.\\d{2})?)\\s+(\\S.*)");
    private static final String RESUME_DATES = "0000.00--0000.00";
    /** The ideographic space the form's texts are spaced with. */
    private static final String WIDE_SPACE = "\u3000";
    private static final float[] FIRST = {58, 72, 58, 72, 64, 72, 50, 53};
    private static final float[] SECOND = {58, 48, 62, 62, 58, 211};
    private static final float ROW = 34f;
    private static final float SCHOOL_ROW = 38f;
    private static final float RESUME = PAGE_HEIGHT - 2 * TOP - TITLE - 4 * ROW - 2 * SCHOOL_ROW - 3 * ROW - 16;

    private final MessageSource messages;
    private final Measure measure;
    private final List<Continued> continued = new ArrayList<>();
    private float[] widths;
    private List<Row> rows;
    private List<Box> row;

    static FormSheet.Form of(AppointmentRecord r, MessageSource messages, Measure measure) {
        return new FormLayout(messages, measure).form(r);
    }

    private FormSheet.Form form(AppointmentRecord r) {
        Page first = first(r);
        Page second = second(r);
        String footer = t("appointment.form.footer", text(r.filledBy()), date(r.filledOn()));
        return new FormSheet.Form(t("appointment.form.title"), first, second, footer,
                t("appointment.form.continuedTitle"), t("appointment.form.nameLine", text(r.name())),
                List.copyOf(continued));
    }

    private Page first(AppointmentRecord r) {
        start(FIRST);
        row(ROW);
        label(0, 1, 1, ROW, "appointment.form.name", 4);
        value(1, 1, 1, ROW, "appointment.form.name", paras(r.name()));
        label(2, 1, 1, ROW, "appointment.form.gender", 4);
        value(3, 1, 1, ROW, "appointment.form.gender", paras(r.gender() == null ? "" : t(r.gender().labelKey())));
        label(4, 1, 1, ROW, "appointment.form.birth", 4);
        value(5, 1, 1, ROW, "appointment.form.birth", birth(r));
        row.add(new Box(6, 2, 4, 0, List.of(), VAlign.MIDDLE, r.photo()));
        row(ROW);
        label(0, 1, 1, ROW, "appointment.form.ethnicity", 4);
        value(1, 1, 1, ROW, "appointment.form.ethnicity", paras(r.ethnicity()));
        label(2, 1, 1, ROW, "appointment.form.nativePlace", 4);
        value(3, 1, 1, ROW, "appointment.form.nativePlace", paras(r.nativePlace()));
        label(4, 1, 1, ROW, "appointment.form.birthPlace", 4);
        value(5, 1, 1, ROW, "appointment.form.birthPlace", paras(r.birthPlace()));
        row(ROW);
        label(0, 1, 1, ROW, "appointment.form.partyJoined", 4);
        value(1, 1, 1, ROW, "appointment.form.partyJoined", paras(month(r.partyJoined())));
        label(2, 1, 1, ROW, "appointment.form.workStarted", 4);
        value(3, 1, 1, ROW, "appointment.form.workStarted", paras(month(r.workStarted())));
        label(4, 1, 1, ROW, "appointment.form.health", 4);
        value(5, 1, 1, ROW, "appointment.form.health", paras(r.health()));
        row(ROW);
        label(0, 1, 1, ROW, "appointment.form.professionalTitle", 4);
        value(1, 2, 1, ROW, "appointment.form.professionalTitle", paras(r.professionalTitle()));
        label(3, 1, 1, ROW, "appointment.form.expertise", 4);
        value(4, 2, 1, ROW, "appointment.form.expertise", paras(r.expertise()));
        row(SCHOOL_ROW);
        label(0, 1, 2, 2 * SCHOOL_ROW, "appointment.form.schooling", 2);
        schooling("appointment.form.fullTime", r.fullTime());
        row(SCHOOL_ROW);
        schooling("appointment.form.partTime", r.partTime());
        for (String key : List.of("appointment.form.currentPost", "appointment.form.proposedPost",
                "appointment.form.proposedRemoval")) {
            row(ROW);
            label(0, 1, 1, ROW, key, 4);
            String post = key.endsWith("currentPost") ? r.currentPost()
                    : key.endsWith("proposedPost") ? r.proposedPost() : r.proposedRemoval();
            box(1, 7, 1, ROW, key, paras(post), VALUE, SMALLEST, VAlign.MIDDLE, false);
        }
        row(RESUME);
        labelParas(0, 1, RESUME, FormText.vertical(t("appointment.form.resume"), 3));
        box(1, 7, 1, RESUME, "appointment.form.resume", resume(r.resumeLines()), VALUE, SMALLEST_LONG, VAlign.TOP,
                false);
        return page();
    }

    private Page second(AppointmentRecord r) {
        start(SECOND);
        float rewards = 128;
        row(rewards);
        labelParas(0, 1, rewards, FormText.vertical(t("appointment.form.rewards"), 1));
        box(1, 5, 1, rewards, "appointment.form.rewards", list(r.rewards()), VALUE, SMALLEST_LONG, VAlign.TOP, false);
        float annual = 56;
        row(annual);
        label(0, 1, 1, annual, "appointment.form.annualResults", 4);
        box(1, 5, 1, annual, "appointment.form.annualResults",
                r.annualResults() == null || r.annualResults().isEmpty() ? paras(t("appointment.form.none"))
                        : paras(String.join(t("appointment.form.separator"), r.annualResults())),
                VALUE, SMALLEST_LONG, VAlign.MIDDLE, false);
        float reason = 100;
        row(reason);
        labelParas(0, 1, reason, FormText.vertical(t("appointment.form.reason"), 0));
        box(1, 5, 1, reason, "appointment.form.reason", paras(r.reason()), VALUE, SMALLEST_LONG, VAlign.TOP, false);
        family(r.family() == null ? List.of() : r.family());
        float unit = 78;
        row(unit);
        label(0, 1, 1, unit, "appointment.form.reportingUnit", 2);
        List<Para> reporting = new ArrayList<>(paras(r.reportingUnit()));
        reporting.add(Para.right(""));
        reporting.add(Para.right(r.filledOn() == null ? t("appointment.form.blankDate") : date(r.filledOn())));
        box(1, 5, 1, unit, "appointment.form.reportingUnit", reporting, VALUE, SMALLEST, VAlign.TOP, false);
        pushDown(unit);
        float approval = 140;
        row(approval);
        label(0, 1, 1, approval, "appointment.form.approval", 2);
        sealBox(1, 3, approval);
        label(4, 1, 1, approval, "appointment.form.administrative", 2);
        sealBox(5, 1, approval);
        return page();
    }

    private void schooling(String kindKey, Schooling s) {
        Schooling school = s == null ? Schooling.NONE : s;
        int length = t(kindKey).codePointCount(0, t(kindKey).length());
        label(1, 1, 1, SCHOOL_ROW, kindKey, (length + 1) / 2);
        value(2, 2, 1, SCHOOL_ROW, "appointment.form.schooling",
                twoLines(school.education(), school.degree()));
        label(4, 1, 1, SCHOOL_ROW, "appointment.form.school", 4);
        value(5, 3, 1, SCHOOL_ROW, "appointment.form.school",
                twoLines(school.educationSchool(), school.degreeSchool()));
    }

    private void family(List<Relative> family) {
        float height = 25;
        row(height);
        labelParas(0, FAMILY_ROWS + 1, height * (FAMILY_ROWS + 1), narrow(t("appointment.form.family"), 2));
        String[] heads = {"appointment.form.relation", "appointment.form.relativeName",
                "appointment.form.relativeBirth", "appointment.form.politicalStatus", "appointment.form.workAndPost"};
        for (int c = 0; c < heads.length; c++) {
            label(c + 1, 1, 1, height, heads[c], 8);
        }
        for (int i = 0; i < FAMILY_ROWS; i++) {
            row(height);
            Relative p = i < family.size() ? family.get(i) : null;
            String[] cells = p == null ? new String[]{"", "", "", "", ""}
                    : new String[]{p.relation(), p.name(), month(p.birth()), p.politicalStatus(), p.workAndPost()};
            for (int c = 0; c < cells.length; c++) {
                box(c + 1, 1, 1, height, "appointment.form.family", paras(cells[c]), VALUE, SMALLEST,
                        VAlign.MIDDLE, c < 4);
            }
        }
        if (family.size() > FAMILY_ROWS) {
            List<Para> more = new ArrayList<>();
            for (Relative p : family.subList(FAMILY_ROWS, family.size())) {
                more.add(Para.left(String.join(WIDE_SPACE, text(p.relation()), text(p.name()), month(p.birth()),
                        text(p.politicalStatus()), text(p.workAndPost())).strip()));
            }
            continued.add(new Continued(t("appointment.form.continued", t("appointment.form.family")), more));
        }
    }

    /** An approval box: empty above, （盖章） and the blank date at its foot on the right. */
    private void sealBox(int col, int colspan, float height) {
        List<Para> paras = new ArrayList<>();
        int blanks = FormText.capacity(height, VALUE) - 2;
        for (int i = 0; i < blanks; i++) {
            paras.add(Para.right(""));
        }
        paras.add(Para.right(t("appointment.form.seal")));
        paras.add(Para.right(t("appointment.form.blankDate")));
        box(col, colspan, 1, height, "appointment.form.approval", paras, VALUE, SMALLEST, VAlign.TOP, false);
    }

    /** Moves the last line of the row's last box (the 呈报 date) to the box's foot with blank lines. */
    private void pushDown(float height) {
        Box box = row.remove(row.size() - 1);
        int room = FormText.capacity(height, box.size()) - box.lines().size();
        List<FormText.Line> lines = new ArrayList<>(box.lines());
        FormText.Line blank = new FormText.Line("", -1, true, 0, Para.right(""));
        for (int i = 0; i < room; i++) {
            lines.add(lines.size() - 1, blank);
        }
        row.add(new Box(box.col(), box.colspan(), box.rowspan(), box.size(), lines, VAlign.TOP, null));
    }

    // --- boxes --------------------------------------------------------------------------------

    private void label(int col, int colspan, int rowspan, float height, String key, int perLine) {
        labelParas(col, rowspan, height, narrow(t(key), perLine), colspan);
    }

    private void labelParas(int col, int rowspan, float height, List<Para> paras) {
        labelParas(col, rowspan, height, paras, 1);
    }

    private void labelParas(int col, int rowspan, float height, List<Para> paras, int colspan) {
        box(col, colspan, rowspan, height, "", paras, LABEL, SMALLEST, VAlign.MIDDLE, true);
    }

    private void value(int col, int colspan, int rowspan, float height, String key, List<Para> paras) {
        box(col, colspan, rowspan, height, key, paras, VALUE, SMALLEST, VAlign.MIDDLE, true);
    }

    private void box(int col, int colspan, int rowspan, float height, String key, List<Para> paras, float max,
                     float min, VAlign valign, boolean centred) {
        List<Para> shown = centred ? paras.stream().map(p -> p.align() == FormText.Align.LEFT
                ? p.aligned(FormText.Align.CENTER) : p).toList() : paras;
        float width = span(col, colspan) - 2 * FormText.PAD;
        Fitted fitted = FormText.fit(shown, width, height, max, min, measure, t("appointment.form.seeContinued"));
        if (fitted.continued()) {
            continued.add(new Continued(t("appointment.form.continued", key.isEmpty() ? "" : t(key)),
                    fitted.rest().stream().map(p -> p.aligned(FormText.Align.LEFT)).toList()));
        }
        row.add(new Box(col, colspan, rowspan, fitted.size(), fitted.lines(), valign, null));
    }

    private float span(int col, int colspan) {
        float w = 0;
        for (int c = col; c < col + colspan; c++) {
            w += widths[c];
        }
        return w;
    }

    private void start(float[] columns) {
        widths = columns;
        rows = new ArrayList<>();
        row = null;
    }

    private void row(float height) {
        row = new ArrayList<>();
        rows.add(new Row(height, row));
    }

    private Page page() {
        return new Page(widths.clone(), rows.stream().map(r -> new Row(r.height(), List.copyOf(r.boxes()))).toList());
    }

    // --- texts --------------------------------------------------------------------------------

    private List<Para> birth(AppointmentRecord r) {
        if (r.birthDate() == null) {
            return paras("");
        }
        String born = month(YearMonth.from(r.birthDate()));
        return r.ageOn() == null ? paras(born) : List.of(Para.centre(born), Para.centre(t("appointment.form.age", r.age())));
    }

    /**
     * 简历 lines: the dates ("YYYY.MM--YYYY.MM", the last "YYYY.MM--" open) in a column of their own, the unit and
     * post from one indent after the widest dates, wrapped lines under the unit. A line not in that format is
     * printed as it is.
     */
    private List<Para> resume(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return paras("");
        }
        float hang = measure.width(RESUME_DATES, 1f) + 1f;
        List<Para> paras = new ArrayList<>();
        for (String line : lines) {
            Matcher m = RESUME_LINE.matcher(line);
            paras.add(m.matches() ? new Para(m.group(2), 0, hang, FormText.Align.LEFT, m.group(1)) : Para.left(line));
        }
        return paras;
    }

    private List<Para> list(List<String> lines) {
        return lines == null || lines.isEmpty() ? paras(t("appointment.form.none"))
                : lines.stream().map(Para::left).toList();
    }

    private static List<Para> twoLines(String first, String second) {
        List<Para> paras = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            paras.add(Para.left(first));
        }
        if (second != null && !second.isBlank() && !second.equals(first)) {
            paras.add(Para.left(second));
        }
        return paras.isEmpty() ? paras("") : paras;
    }

    /** Text split into paragraphs at its line breaks. */
    private static List<Para> paras(String text) {
        return text(text).lines().map(Para::left).toList().isEmpty() ? List.of(Para.left(""))
                : text(text).lines().map(Para::left).toList();
    }

    /** A label in lines of {@code perLine} characters, the way the printed form breaks its labels. */
    static List<Para> narrow(String label, int perLine) {
        List<Para> paras = new ArrayList<>();
        int[] cps = label.codePoints().toArray();
        for (int i = 0; i < cps.length; i += perLine) {
            paras.add(Para.centre(new String(cps, i, Math.min(perLine, cps.length - i))));
        }
        return paras.isEmpty() ? List.of(Para.centre("")) : paras;
    }

    private static String month(YearMonth month) {
        return month == null ? "" : String.format("%d.%02d", month.getYear(), month.getMonthValue());
    }

    private String date(LocalDate date) {
        return date == null ? "" : t("appointment.form.date", String.valueOf(date.getYear()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getDayOfMonth()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }
}
