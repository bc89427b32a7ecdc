/**
 * The organisation: the unit tree (city → 县市区 / 市直单位 → 乡镇/科室) and the posts in each unit.
 * Each unit keeps its materialised path so a data scope (a unit and its subtree) is one prefix match.
 * Administrators add, rename, move and retire units here.
 */
package org.cadreportal.org;
