/**
 * Telling people things: in-app notices to a cadre or to any user account (the header bell, 我的消息), an
 * outbox of messages for the other channels (SMS through {@link org.cadreportal.notification.SmsSender}: a
 * cadre's reminders of a day as one SMS, never in the quiet hours, none without a mobile number;
 * e-mail through {@link org.cadreportal.notification.EmailSender} when switched on) sent by a scheduled job
 * on one node with retries and a failure list for administrators, and the morning digest of waiting work
 * that each feature reports through {@link org.cadreportal.notification.WaitingWork}.
 */
package org.cadreportal.notification;
