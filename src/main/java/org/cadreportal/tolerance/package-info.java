/**
 * 容错纠错 and 回访教育: applications for fault tolerance (by the cadre, the unit, or opened by the
 * accountability body) stepped through 申请 → 受理 → 核实 → 认定 → 反馈 → 归档 on the workflow kernel, with the
 * finding (免责 / 减责 / 不予容错) refused as 免责 when verification found an exclusion; the administrator's
 * categories and 免责减责清单; follow-up visits to disciplined cadres (planned by at least two visitors,
 * recorded with an assessment, overdue when missed); and the figures the dashboards quote. Findings show
 * on the cadre's 能上能下 cases and timeline.
 */
package org.cadreportal.tolerance;
