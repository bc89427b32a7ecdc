package org.cadreportal.base.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** Every aggregate carries a version so that a stale save is refused instead of overwriting. */
@MappedSuperclass
public abstract class VersionedEntity extends SequencedEntity {

    @Version
    private int version;

    /**
     * The entity found, as the editor saw it: missing is missing, and a version other than the one the
     * form was opened on means someone saved first.
     */
    public static <T extends VersionedEntity> T atVersion(java.util.Optional<T> found, Integer version) {
        T entity = found.orElseThrow(org.cadreportal.base.RecordNotFoundException::new);
        if (version == null || entity.getVersion() != version) {
            throw new org.cadreportal.base.StaleDataException();
        }
        return entity;
    }

    public int getVersion() {
        return version;
    }
}
