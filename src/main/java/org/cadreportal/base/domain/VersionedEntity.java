package org.cadreportal.base.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Every aggregate carries a version so that a stale save is refused instead of overwriting. */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    private int version;

    public abstract Long getId();

    public int getVersion() {
        return version;
    }
}
