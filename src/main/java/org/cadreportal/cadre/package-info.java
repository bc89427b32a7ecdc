/**
 * The cadre registry: each cadre's profile (unit, post, rank, management level, category), the full
 * 任免审批表 profile ({@link org.cadreportal.cadre.CadreProfileService}: identity number, origin, education,
 * 职级, photo, 简历, family, annual grades) and the {@link org.cadreportal.cadre.AppointmentRecord} built
 * from it, career history and change history, with roster import and export in Excel, the 干部任免审批表
 * exchanged as LRMX files ({@link org.cadreportal.cadre.LrmxExchange}), and the cadre's page, timeline and
 * portrait (干部画像), to which other features contribute through {@link org.cadreportal.cadre.TimelineSource},
 * {@link org.cadreportal.cadre.PortraitSource},
 * {@link org.cadreportal.cadre.RewardLines} and {@link org.cadreportal.cadre.CadreTab}. Every query is
 * limited to the acting user's data scope; identity numbers and family members go only to the roles
 * allowed personal data, each read logged.
 */
package org.cadreportal.cadre;
