package org.cadreportal.assessment;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The yearly plans (考核方案) and their indicator libraries. The 考核办 builds a plan as a draft (or copies last
 * year's), and publishes it once every group's weights add up to its total; a published plan's library, groups
 * and weights no longer change. Readers see plans whole; results are limited to their scope elsewhere.
 */
public interface PlanService {

    List<PlanRow> plans();

    PlanDetails details(long planId);

    PlanRow create(int year, String name, @Valid PlanRules rules);

    PlanRow updateRules(long planId, int version, @Valid PlanRules rules);

    long addDimension(long planId, String code, String name);

    long addIndicator(long planId, @Valid IndicatorForm form);

    /** Changes an indicator of a draft plan; refused once the plan is published or when someone saved it first. */
    IndicatorRow updateIndicator(long indicatorId, int version, @Valid IndicatorForm form);

    /** Removes an indicator of a draft plan, with its weight in every group. */
    void removeIndicator(long indicatorId, int version);

    /** A group with its units (each unit in one group of a plan at most). */
    long addGroup(long planId, String code, String name, BigDecimal total, List<Long> unitIds);

    /** Changes a draft plan's group: its code, name, total and units (its weights stay). */
    void updateGroup(long groupId, int version, String code, String name, BigDecimal total, List<Long> unitIds);

    /** Sets the weights of a group's indicators (an indicator not named keeps its weight; zero removes it). */
    void setWeights(long groupId, Map<Long, BigDecimal> weightByIndicator);

    /** Publishes a draft; refused, naming each group, when a group's weights do not add up to its total. */
    PlanRow publish(long planId, int version);

    /** A new draft for {@code year}: a copy of the plan's library, groups, weights and rules (not its data). */
    PlanRow copy(long fromPlanId, int year);
}
