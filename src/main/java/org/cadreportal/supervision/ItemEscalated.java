package org.cadreportal.supervision;

/**
 * A responsible cadre climbed a rung of the escalation ladder because an item turned red again. Other
 * features decide what it means for them (the adjustment feature opens a "down" case at the third rung);
 * supervision only states the fact.
 */
public record ItemEscalated(long itemId, String itemNo, String itemTitle, long cadreId, Rung rung, int reds) {
}
