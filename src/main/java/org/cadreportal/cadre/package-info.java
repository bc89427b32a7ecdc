/**
 * The cadre registry: each cadre's profile (unit, post, rank, management level, category), career
 * history and change history, with roster import and export in Excel. Every query is limited to the
 * acting user's data scope. The achievement archive and the cadre timeline grow here next.
 */
package org.cadreportal.cadre;
