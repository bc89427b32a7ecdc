package org.cadreportal.cadre.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.PortraitRow;
import org.cadreportal.cadre.PortraitRow.Tone;
import org.cadreportal.cadre.PortraitSection;
import org.cadreportal.cadre.PortraitSection.Figure;
import org.cadreportal.cadre.RecordPortraitSource;
import org.cadreportal.cadre.domain.AnnualGradeRecord;
import org.cadreportal.cadre.domain.AnnualGradeRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cadre's recorded 年度考核 grades in the portrait, newest year first, from the profile (one query);
 * a row opens the cadre's page, where the profile keeps them.
 */
@Component
class GradePortrait extends RecordPortraitSource {

    static final String KEY = "grades";
    private static final int YEARS = 5;

    private final AnnualGradeRepository grades;

    GradePortrait(AnnualGradeRepository grades, MessageSource messages) {
        super(AccessTypes.CADRE, messages);
        this.grades = grades;
    }

    @Override
    protected PortraitSection read(long cadreId, Locale locale) {
        List<AnnualGradeRecord> found = grades.findByCadreIdOrderByYear(cadreId).stream()
                .sorted(Comparator.comparingInt(AnnualGradeRecord::getYear).reversed()).toList();
        Map<AnnualGrade, Integer> counts = new EnumMap<>(AnnualGrade.class);
        List<PortraitRow> rows = new ArrayList<>();
        for (AnnualGradeRecord g : found) {
            counts.merge(g.getGrade(), 1, Integer::sum);
            rows.add(new PortraitRow(LocalDate.of(g.getYear(), 12, 31), text("portrait.grades.year", locale, String.valueOf(g.getYear())),
                    null, text(g.getGrade().labelKey(), locale), tone(g.getGrade()), "cadre/" + cadreId));
        }
        List<Figure> figures = new ArrayList<>();
        counts.forEach((grade, n) -> figures.add(new Figure(text(grade.labelKey(), locale), String.valueOf(n),
                tone(grade))));
        // Grades are short and few: the last five years, as one line under the profile line.
        int shown = Math.min(YEARS, rows.size());
        return new PortraitSection(70, KEY, text("portrait.grades.title", locale), figures,
                rows.subList(0, shown), rows.size() - shown, true);
    }

    private static Tone tone(AnnualGrade grade) {
        return switch (grade) {
            case EXCELLENT -> Tone.GOOD;
            case COMPETENT -> Tone.NONE;
            case BASICALLY_COMPETENT -> Tone.WARN;
            case INCOMPETENT -> Tone.BAD;
        };
    }
}
