package org.cadreportal.inspection;

import jakarta.validation.constraints.NotNull;

/** One cadre seen at an inspection and the recommendation for them; the name is filled in on reads. */
public record InspectedCadre(@NotNull(message = "{validation.required}") Long cadreId, String name,
                             @NotNull(message = "{validation.required}") Recommendation recommendation) {
}
