/**
 * 一线考察识别: frontline inspections of a unit (when, by whom, of which 一线 type, what was found) and the
 * cadres each one saw with the inspectors' recommendation; read and recorded within the user's unit
 * subtree, shown on the cadre's timeline and counted for the dashboard (person-times, identified,
 * promoted). The 一线 types are the archive's administrator-edited list.
 */
package org.cadreportal.inspection;
