package org.cadreportal.adjustment.domain;

/**
 * What a 下 for a situation means for a 上 while the cadre's impact period runs (能下能再上): allowed
 * with a reason recorded on the case, or barred until the period ends. Reference data on each situation.
 */
public enum ImpactRule {
    WITH_REASON, BARRED
}
