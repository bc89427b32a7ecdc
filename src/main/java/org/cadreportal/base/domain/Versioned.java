package org.cadreportal.base.domain;

/** Something saved with a version, so an editor's stale copy can be told from the current one. */
public interface Versioned {

    int getVersion();
}
