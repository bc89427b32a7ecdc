/**
 * 记功奖励 and 公开批评: the merit awards a cadre received (嘉奖, 三等功, 二等功, 一等功, 授予称号) and the public
 * criticisms of poor performance, each with its day, reason, approving or issuing body and document
 * number; kept by clerks, read within the user's unit subtree, shown on the cadre's timeline and counted
 * for the dashboard. An 优秀 年度考核 grade raises a 记功 proposal in the clerk's 我的待办, which the clerk records as
 * an award or dismisses with a reason.
 */
package org.cadreportal.award;
