package org.cadreportal.cadre;

import java.util.List;

/**
 * A feature that records 奖惩 (the award feature: 记功奖励 and 公开批评) implements this, and the
 * 任免审批表's 奖惩情况 is read from it, so the registry need not know that feature. Like a
 * {@link TimelineSource}, it returns nothing when the signed-in user may not open its records; the
 * registry has checked the cadre's scope before asking.
 */
public interface RewardLines {

    /** The cadre's lines in the official wording, oldest first, e.g. "2023.05 被中共某市委记三等功". */
    List<String> linesFor(long cadreId);
}
