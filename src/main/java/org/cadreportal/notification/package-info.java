/**
 * Telling people things: in-app notices for a cadre, and an outbox of messages for other channels (SMS)
 * that a scheduled job hands to a {@link org.cadreportal.notification.SmsSender}, once per message,
 * on one node.
 */
package org.cadreportal.notification;
