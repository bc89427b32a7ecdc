/**
 * 能上能下: adjustment cases that move a cadre down (10 situations, 11 steps) or up (11 steps) on the
 * workflow kernel, from 启动动议 to 跟踪回访; the vote at 讨论决定, the change applied to the cadre's post
 * and rank, the case lists and my tasks, and the printed 呈批表. A supervision item's third red
 * ({@link org.cadreportal.supervision.ItemEscalated}) opens a "down" case. A 上 inside the impact period
 * of a 下 needs a recorded reason or is barred, by the rule of the 下's situations (能下能再上); every
 * decision is published ({@link org.cadreportal.adjustment.AdjustmentDecided}), and the decided 上 cases
 * from a frontline recommendation are the dashboard's 一线提拔使用.
 */
package org.cadreportal.adjustment;
