/**
 * 一人一档: each cadre's achievement archive. Administrators set the filing periods and the archive's lists
 * (领域, 层级, 类别, and the 一线 types the inspections use); a cadre, or a clerk on their behalf, files
 * entries with evidence; a clerk other than the filer reviews them (accept with scores, or return with a
 * reason), every status change recorded. Missing filers are listed and reminded; the grid exports to
 * Excel and one cadre's archive to PDF; accepted entries show on the cadre's timeline and page and are
 * counted for the dashboard. Staff read within their unit subtree, a cadre only their own.
 */
package org.cadreportal.archive;
