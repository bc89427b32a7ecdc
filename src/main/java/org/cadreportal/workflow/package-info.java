/**
 * The step-procedure kernel every case type runs on (能上能下, 查诬, 容错): procedures as ordered steps
 * an administrator edits (name, acting role, time limit, what each step requires), a case's progress
 * through them with the only moves allowed (advance, send back, terminate, decide), and an immutable
 * record of every step taken: who, when, the opinion, the details and the attachments; and the desk
 * through which the proposals a 年度考核 grade raises before any case or record exists (a 下 case, a 记功)
 * are listed, acted on or dismissed, and raised with the reaching clerks told.
 */
package org.cadreportal.workflow;
