package org.cadreportal.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The light rule's settings: yellow within {@code yellowDays} of a milestone's date when actual progress
 * is more than {@code lagPoints} percentage points below the milestone's plan.
 */
public record LightSettings(int version, @Min(0) @Max(90) int yellowDays, @Min(0) @Max(100) int lagPoints) {
}
