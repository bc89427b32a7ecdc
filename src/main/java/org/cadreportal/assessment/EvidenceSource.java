package org.cadreportal.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What another feature counts for the assessment (the supervision platform its red lights, overdue milestones
 * and interviews; the award feature its 记功奖励): per unit and year, the events of the unit's subtree. The
 * assessment turns counts into points by its plan's rule and shows {@link #evidence} behind each score.
 * Implementations are Spring beans in the feature that owns the records; the assessment depends on none of them.
 */
public interface EvidenceSource {

    /** The event types this source counts. */
    Set<EventType> types();

    /** For each unit asked (its subtree included), the number of each event type in the year; units without any may be absent. */
    Map<Long, Map<EventType, Integer>> counts(int year, Collection<Long> unitIds);

    /** The events behind a unit's counts of the year, newest first. */
    List<Evidence> evidence(int year, long unitId);
}
