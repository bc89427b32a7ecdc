/**
 * The cadre registry: each cadre's profile (unit, post, rank, management level, category), career
 * history and change history, with roster import and export in Excel, the 干部任免审批表 exchanged as LRMX
 * files ({@link org.cadreportal.cadre.LrmxExchange}), and the cadre's page and timeline,
 * to which other features contribute through {@link org.cadreportal.cadre.TimelineSource} and
 * {@link org.cadreportal.cadre.CadreTab}. Every query is limited to the acting user's data scope.
 */
package org.cadreportal.cadre;
