/**
 * 政绩考核: each year's plan (考核方案) with its own copy of the indicator library, its assessment groups of units,
 * weights, targets and rules, the statistics imported from the portal's Excel template, the points entered by
 * the designated scoring units and the events other features count through
 * {@link org.cadreportal.assessment.EvidenceSource} (大督办's red lights, overdue milestones and interviews; 记功奖励),
 * and one deterministic calculation that gives every unit its explained score per indicator, its total, its rank
 * in its group and its grade (等次). For the plan's year it also lists the leaders' 年度考核 grades per group beside
 * their unit's result, and records them through the registry's API with the plan's 优秀 share checked per group.
 */
package org.cadreportal.assessment;
