package org.cadreportal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.FilingPeriod;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.cadre.CadreCategory;
import org.junit.jupiter.api.Test;

/** The life of an achievement entry and the deadline of its filing period. */
class AchievementEntryTest {

    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 12, 9, 30);

    private static EntryForm form(String whatDone) {
        EntryForm f = new EntryForm();
        f.setPeriodId(1L);
        f.setFieldId(2L);
        f.setLevelId(23L);
        f.setCategoryId(41L);
        f.setRole(WorkRole.LEAD);
        f.setWhatDone("  " + whatDone + "  ");
        f.setAchieved("建成投产");
        f.setEffect("新增产值3亿元");
        f.setFigures(List.of(new KeyFigure(" 新增产值 ", new BigDecimal("3"), "亿元")));
        return f;
    }

    private static AchievementEntry draft() {
        AchievementEntry e = new AchievementEntry(null, null, null);
        e.edit(form("牵头推进产业园标准厂房建设"));
        return e;
    }

    @Test
    void aDraftIsEditableAndKeepsTheTextsTrimmed() {
        AchievementEntry e = draft();
        assertThat(e.getStatus()).isEqualTo(EntryStatus.DRAFT);
        assertThat(e.getWhatDone()).isEqualTo("牵头推进产业园标准厂房建设");
        assertThat(e.getFigures()).containsExactly(new KeyFigure("新增产值", new BigDecimal("3"), "亿元"));
        e.edit(form("改写后的内容"));
        assertThat(e.getWhatDone()).isEqualTo("改写后的内容");
    }

    @Test
    void aSubmittedEntryIsLockedUntilReturnedAndAnAcceptedOneForGood() {
        AchievementEntry e = draft();
        e.submit(MONDAY, false);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
        assertThatThrownBy(() -> e.edit(form("x"))).isInstanceOf(PortalException.class)
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.locked");
        assertThatThrownBy(() -> e.submit(MONDAY, false)).isInstanceOf(PortalException.class);

        e.sendBack("王科员", MONDAY.plusDays(1), "  缺少佐证材料  ", Scores.none());
        assertThat(e.getStatus()).isEqualTo(EntryStatus.RETURNED);
        assertThat(e.getReturnReason()).isEqualTo("缺少佐证材料");
        e.edit(form("补充了佐证"));
        e.submit(MONDAY.plusDays(2), false);
        e.accept("王科员", MONDAY.plusDays(3), new Scores(5, 4, null, 3));
        assertThat(e.getStatus()).isEqualTo(EntryStatus.ACCEPTED);
        assertThat(e.getReturnReason()).isNull();
        assertThat(e.getScores().total()).isEqualTo(12);
        assertThatThrownBy(() -> e.edit(form("y"))).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> e.sendBack("王科员", MONDAY, "再退", Scores.none())).isInstanceOf(PortalException.class);
    }

    @Test
    void onlyASubmittedEntryCanBeReviewedAndReturningNeedsAReason() {
        AchievementEntry e = draft();
        assertThatThrownBy(() -> e.accept("王科员", MONDAY, Scores.none())).isInstanceOf(PortalException.class)
                .hasFieldOrPropertyWithValue("messageKey", "archive.error.status");
        e.submit(MONDAY, false);
        assertThatThrownBy(() -> e.sendBack("王科员", MONDAY, "  ", Scores.none())).isInstanceOf(FieldException.class)
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThat(e.getStatus()).isEqualTo(EntryStatus.SUBMITTED);
    }

    @Test
    void scoresRunFromOneToFive() {
        AchievementEntry e = draft();
        e.submit(MONDAY, false);
        assertThatThrownBy(() -> e.accept("王科员", MONDAY, new Scores(6, null, null, null)))
                .isInstanceOf(FieldException.class).hasFieldOrPropertyWithValue("field", "completion");
        assertThatThrownBy(() -> e.accept("王科员", MONDAY, new Scores(null, null, 0, null)))
                .isInstanceOf(FieldException.class).hasFieldOrPropertyWithValue("field", "difficulty");
        assertThat(e.getStatus()).as("a refused score changes nothing").isEqualTo(EntryStatus.SUBMITTED);
        assertThat(new Scores(null, null, null, null).total()).isNull();
    }

    @Test
    void theFirstSubmissionDecidesWhetherTheEntryIsLate() {
        AchievementEntry e = draft();
        e.submit(MONDAY, true);
        assertThat(e.isLate()).isTrue();
        e.sendBack("王科员", MONDAY, "请补充", Scores.none());
        e.submit(MONDAY.plusDays(1), false);
        assertThat(e.isLate()).as("a resubmission keeps the mark of the first").isTrue();

        AchievementEntry onTime = draft();
        onTime.submit(MONDAY, false);
        onTime.sendBack("王科员", MONDAY, "请补充", Scores.none());
        onTime.submit(MONDAY.plusDays(30), true);
        assertThat(onTime.isLate()).as("returned after an on-time filing, fixing it late is not late").isFalse();
    }

    @Test
    void aPeriodTakesFilingsUpToAndIncludingItsDeadlineDay() {
        FilingPeriod period = new FilingPeriod("admin");
        PeriodForm f = new PeriodForm();
        f.setNameZh("2025年第四季度");
        f.setNameEn("2025 Q4");
        f.setStartsOn(LocalDate.of(2025, 10, 1));
        f.setEndsOn(LocalDate.of(2025, 12, 31));
        f.setDeadline(LocalDate.of(2026, 1, 15));
        f.setCategories(EnumSet.of(CadreCategory.PRINCIPAL));
        period.edit(f);
        assertThat(period.isLateOn(LocalDate.of(2026, 1, 15))).isFalse();
        assertThat(period.isLateOn(LocalDate.of(2026, 1, 16))).isTrue();
        PeriodRow row = new PeriodRow(1, 0, "2025年第四季度", "2025 Q4", f.getStartsOn(), f.getEndsOn(), f.getDeadline(),
                f.getCategories());
        assertThat(row.openOn(LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(row.openOn(LocalDate.of(2026, 1, 16))).isFalse();
    }

    @Test
    void aPeriodCannotEndBeforeItStartsNorHaveItsDeadlineBeforeItsStart() {
        PeriodForm f = new PeriodForm();
        f.setNameZh("错误周期");
        f.setNameEn("Wrong");
        f.setStartsOn(LocalDate.of(2025, 10, 1));
        f.setEndsOn(LocalDate.of(2025, 9, 30));
        f.setDeadline(LocalDate.of(2026, 1, 15));
        assertThatThrownBy(() -> new FilingPeriod("admin").edit(f)).isInstanceOf(FieldException.class)
                .hasFieldOrPropertyWithValue("field", "endsOn");
        f.setEndsOn(LocalDate.of(2025, 12, 31));
        f.setDeadline(LocalDate.of(2025, 9, 1));
        assertThatThrownBy(() -> new FilingPeriod("admin").edit(f)).isInstanceOf(FieldException.class)
                .hasFieldOrPropertyWithValue("field", "deadline");
    }
}
