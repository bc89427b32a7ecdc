package org.cadreportal.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * 专题会调度 as recorded: the day, the topic, who chaired it, and its decisions. A decision with an
 * {@code itemId} adds a milestone to that item; one with a {@link NewItem} opens a draft item with the
 * decision as its title and its one milestone.
 */
public record SchedulingForm(LocalDate heldOn, String topic, String chair, List<Decision> decisions) {

    public record Decision(Long itemId, String text, LocalDate deadline, Integer expectedProgress, NewItem newItem) {
    }

    public record NewItem(Long aspectId, Long leadUnitId, Set<Long> cadreIds) {
    }
}
