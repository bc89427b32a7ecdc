package org.cadreportal.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/**
 * The red/yellow/green rule (DOMAIN.md §7), a pure function of the plan, the reported progress and the
 * day. Written out in docs/metrics.md; every boundary has a test.
 * <ul>
 *   <li>A milestone whose planned progress is reached is green, however late it was reached.</li>
 *   <li>Otherwise it is red from the day after its due date,</li>
 *   <li>yellow from {@code yellowDays} days before its due date up to that date when actual progress
 *   lags the plan by more than {@code lagPoints} points,</li>
 *   <li>and green before that.</li>
 *   <li>An item is red when it is past its end date below 100 %, otherwise the worst of its milestones;
 *   a draft, a closed item and an item at 100 % are green.</li>
 * </ul>
 */
public final class LightRule {

    private LightRule() {
    }

    public static Light milestone(LocalDate dueDate, int plannedProgress, int actualProgress, LightSettings settings,
                                  LocalDate today) {
        if (actualProgress >= plannedProgress) {
            return Light.GREEN;
        }
        if (today.isAfter(dueDate)) {
            return Light.RED;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        if (daysLeft <= settings.yellowDays() && plannedProgress - actualProgress > settings.lagPoints()) {
            return Light.YELLOW;
        }
        return Light.GREEN;
    }

    public static Light item(ItemStatus status, LocalDate endDate, int actualProgress,
                             Collection<Light> milestoneLights, LocalDate today) {
        if (status != ItemStatus.ONLINE || actualProgress >= 100) {
            return Light.GREEN;
        }
        if (today.isAfter(endDate)) {
            return Light.RED;
        }
        return milestoneLights.stream().reduce(Light.GREEN, Light::worse);
    }
}
