package org.cadreportal.assessment;

/**
 * The data screen's filters; null means any. {@code search} matches a unit's or an indicator's code or name;
 * {@code valueId} picks one data row (the explanation of a score links to it).
 */
public record StatisticsFilter(Long indicatorId, Long groupId, Long unitId, String search, Long valueId) {

    public static StatisticsFilter none() {
        return new StatisticsFilter(null, null, null, null, null);
    }
}
