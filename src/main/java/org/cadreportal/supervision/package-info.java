/**
 * 大督办: supervision items in sections and aspects, their milestones and progress reports, the
 * red/yellow/green lights the rule of each item's control method (四法管控) computes from plan, progress
 * and the clock (kept as a history), and the escalation ladder per responsible cadre within the plan
 * year: a reminder, an interview, then a "down" case.
 */
package org.cadreportal.supervision;
