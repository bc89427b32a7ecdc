package org.cadreportal.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cadreportal.supervision.LightRule;
import org.junit.jupiter.api.Test;

/** Every boundary of the light rule, on a fixed clock. */
class LightRuleTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    private static final LightSettings SEVEN_DAYS = new LightSettings(0, 7, 0);

    private static LocalDate on(String day) {
        return LocalDate.now(Clock.fixed(LocalDate.parse(day).atStartOfDay(ZONE).toInstant(), ZONE));
    }

    private static Light milestone(int actual, String today) {
        return LightRule.milestone(DUE, 60, actual, SEVEN_DAYS, on(today));
    }

    @Test
    void behindPlanTurnsYellowExactlySevenDaysBeforeTheDueDateAndNotEight() {
        assertThat(milestone(40, "2025-06-22")).isEqualTo(Light.GREEN);
        assertThat(milestone(40, "2025-06-23")).isEqualTo(Light.YELLOW);
        assertThat(milestone(40, "2025-06-30")).isEqualTo(Light.YELLOW);
    }

    @Test
    void behindPlanTurnsRedTheDayAfterTheDueDate() {
        assertThat(milestone(40, "2025-07-01")).isEqualTo(Light.RED);
    }

    @Test
    void onPlanStaysGreenNearAndAfterTheDueDate() {
        assertThat(milestone(60, "2025-06-29")).isEqualTo(Light.GREEN);
        assertThat(milestone(75, "2025-08-01")).isEqualTo(Light.GREEN);
    }

    @Test
    void aLagWithinTheToleratedPointsIsNotYellow() {
        LightSettings tolerant = new LightSettings(0, 7, 5);
        assertThat(LightRule.milestone(DUE, 60, 55, tolerant, on("2025-06-28"))).isEqualTo(Light.GREEN);
        assertThat(LightRule.milestone(DUE, 60, 54, tolerant, on("2025-06-28"))).isEqualTo(Light.YELLOW);
    }

    @Test
    void aMovedMilestoneIsJudgedByItsNewDate() {
        LocalDate moved = DUE.plusDays(30);
        assertThat(LightRule.milestone(DUE, 60, 40, SEVEN_DAYS, on("2025-07-05"))).isEqualTo(Light.RED);
        assertThat(LightRule.milestone(moved, 60, 40, SEVEN_DAYS, on("2025-07-05"))).isEqualTo(Light.GREEN);
    }

    @Test
    void anItemPastItsEndBelowHundredIsRedButDoneLateIsGreen() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        assertThat(LightRule.item(ItemStatus.ONLINE, end, 99, List.of(Light.GREEN), on("2026-01-01")))
                .isEqualTo(Light.RED);
        assertThat(LightRule.item(ItemStatus.ONLINE, end, 100, List.of(Light.RED), on("2026-01-01")))
                .isEqualTo(Light.GREEN);
        assertThat(LightRule.item(ItemStatus.ONLINE, end, 99, List.of(Light.GREEN), on("2025-12-31")))
                .isEqualTo(Light.GREEN);
    }

    @Test
    void anItemShowsItsWorstMilestoneWhileOnlineAndIsGreenOtherwise() {
        LocalDate end = LocalDate.of(2025, 12, 31);
        List<Light> lights = List.of(Light.GREEN, Light.YELLOW, Light.GREEN);
        assertThat(LightRule.item(ItemStatus.ONLINE, end, 30, lights, on("2025-06-01"))).isEqualTo(Light.YELLOW);
        assertThat(LightRule.item(ItemStatus.ONLINE, end, 30, List.of(Light.YELLOW, Light.RED), on("2025-06-01")))
                .isEqualTo(Light.RED);
        assertThat(LightRule.item(ItemStatus.CLOSED, end, 30, List.of(Light.RED), on("2026-06-01")))
                .isEqualTo(Light.GREEN);
        assertThat(LightRule.item(ItemStatus.DRAFT, end, 0, List.of(Light.RED), on("2026-06-01")))
                .isEqualTo(Light.GREEN);
    }
}
