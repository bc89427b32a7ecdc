package org.cadreportal.supervision;

/**
 * A responsible cadre climbed a rung of the escalation ladder because one of his items turned red:
 * {@code reds} is his count of reds on all his items within the plan year, this one included. Other
 * features decide what it means for them (the adjustment feature opens a "down" case at the adjustment
 * rung); supervision only states the fact.
 */
public record ItemEscalated(long itemId, String itemNo, String itemTitle, long cadreId, Rung rung, int reds) {
}
