/**
 * The cadre registry: each cadre's profile (unit, post, rank, management level, category), career
 * history and change history, with roster import and export in Excel, and the cadre's page, timeline and
 * portrait (干部画像), to which other features contribute through {@link org.cadreportal.cadre.TimelineSource},
 * {@link org.cadreportal.cadre.PortraitSource} and {@link org.cadreportal.cadre.CadreTab}. Every query is
 * limited to the acting user's data scope.
 */
package org.cadreportal.cadre;
