package org.cadreportal.security;

/**
 * Runs work that no signed-in user started (a listener reacting to another feature's event) as the
 * portal itself: a named system identity with one role and the whole unit tree as scope, so the work
 * passes the same checks and leaves "系统" in every record it writes. Refused inside a user's request.
 */
public interface SystemActor {

    String USERNAME = "system";
    /** The actor name step records keep for what the portal did itself; a name, the same in every language. */
    String DISPLAY_NAME = "系统";

    void runAs(Role role, Runnable work);
}
