package org.cadreportal.notification;

/** A place a notice points to: a route path and what to call it. */
public record NoticeLink(String path, String label) {
}
