package org.cadreportal.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Map;

/**
 * The light rules' settings: yellow within {@code yellowDays} of a milestone's date when actual progress
 * is more than {@code lagPoints} percentage points below the milestone's plan (节点任务: behind at all), or
 * behind the benchmark's curve by more than {@code lagPoints} (red beyond twice that). The escalation
 * ladder counts each responsible cadre's reds within the plan year that starts on the 1st of
 * {@code yearStartMonth}: the {@code interviewAt}-th is an interview, the {@code adjustAt}-th and later a
 * proposal to adjust, the ones before reminders. {@code methods} gives each item type its default method.
 */
public record LightSettings(int version,
        @Min(value = 0, message = "{validation.number}") @Max(value = 90, message = "{validation.number}") int yellowDays,
        @Min(value = 0, message = "{validation.number}") @Max(value = 100, message = "{validation.number}") int lagPoints,
        @Min(value = 1, message = "{validation.number}") @Max(value = 12, message = "{validation.number}") int yearStartMonth,
        @Min(value = 1, message = "{validation.number}") @Max(value = 20, message = "{validation.number}") int interviewAt,
        @Min(value = 1, message = "{validation.number}") @Max(value = 20, message = "{validation.number}") int adjustAt,
        Map<ItemType, ControlMethod> methods) {

    public LightSettings {
        methods = methods == null ? Map.of() : Map.copyOf(methods);
    }

    /** The light rule's own settings, with the ladder as the article has it (1st, 2nd, 3rd red; calendar year). */
    public LightSettings(int version, int yellowDays, int lagPoints) {
        this(version, yellowDays, lagPoints, 1, 2, 3, Map.of());
    }

    /** The first day of the plan year {@code day} falls in. */
    public LocalDate windowStart(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), yearStartMonth, 1);
        return start.isAfter(day) ? start.minusYears(1) : start;
    }

    /** The rung a cadre's {@code nth} red within the window reaches. */
    public Rung rung(int nth) {
        return nth >= adjustAt ? Rung.ADJUSTMENT : nth >= interviewAt ? Rung.INTERVIEW : Rung.REMINDER;
    }

    public ControlMethod method(ItemType type) {
        return methods.getOrDefault(type, ControlMethod.GANTT);
    }
}
