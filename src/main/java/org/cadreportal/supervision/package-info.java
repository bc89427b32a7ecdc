/**
 * 大督办: supervision items in sections and aspects, their milestones and progress reports, the
 * red/yellow/green lights a rule computes from plan, progress and the clock (kept as a history), and
 * the escalation ladder per responsible cadre: a reminder, an interview, then a "down" case.
 */
package org.cadreportal.supervision;
