package org.cadreportal.assessment;

import java.util.Map;

/**
 * The units of one 考核类别 of a plan by 等次 (every grade present, zero included), counted within the user's scope
 * and the chosen unit subtree.
 */
public record GroupGrades(long planId, int year, long groupId, String groupName, Map<Grade, Long> counts) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
