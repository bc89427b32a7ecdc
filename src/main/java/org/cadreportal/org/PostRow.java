package org.cadreportal.org;

/** A post (职位) in a unit. */
public record PostRow(long id, long unitId, String name, boolean leader, boolean active) {
}
