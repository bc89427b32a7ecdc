/**
 * 一线考察识别: frontline inspections of a unit (when, by whom, of which 一线 type, what was found) and the
 * cadres each one saw with the inspectors' recommendation; read and recorded within the user's unit
 * subtree, shown on the cadre's timeline and counted for the dashboard (person-times, identified); and the
 * reserve pool (后备干部 / 优秀年轻干部库) that every identifying recommendation fills, one open entry per
 * cadre, from which a clerk opens a 上 case through the adjustment feature and which that case's decision
 * (the adjustment feature's event) marks used. The 一线 types are the archive's administrator-edited list.
 */
package org.cadreportal.inspection;
