package org.cadreportal.supervision;

/**
 * The items grid's project-fact filters; null means any. {@code leaderUsername}: the 包保市领导;
 * {@code started} / {@code registered}: whether the item has its 开工 / 入库 day.
 */
public record FactsFilter(String leaderUsername, Boolean started, Boolean registered) {

    public static FactsFilter none() {
        return new FactsFilter(null, null, null);
    }
}
