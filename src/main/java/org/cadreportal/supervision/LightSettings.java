package org.cadreportal.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The light rule's settings: yellow within {@code yellowDays} of a milestone's date when actual progress
 * is more than {@code lagPoints} percentage points below the milestone's plan.
 */
public record LightSettings(int version,
        @Min(value = 0, message = "{validation.number}") @Max(value = 90, message = "{validation.number}") int yellowDays,
        @Min(value = 0, message = "{validation.number}") @Max(value = 100, message = "{validation.number}") int lagPoints) {
}
