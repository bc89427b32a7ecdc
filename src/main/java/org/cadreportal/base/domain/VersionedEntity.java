package org.cadreportal.base.domain;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;
import org.cadreportal.base.StaleDataException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every aggregate carries a version so that a stale save is refused instead of overwriting. */
@MappedSuperclass
public abstract class VersionedEntity extends SequencedEntity {

    @Version
    @Getter private int version;

    /**
     * The entity found, as the editor saw it: missing is missing, and a version other than the one the
     * form was opened on means someone saved first.
     */
    public static <T extends VersionedEntity> T atVersion(java.util.Optional<T> found, Integer version) {
        T entity = found.orElseThrow(org.cadreportal.base.RecordNotFoundException::new);
        entity.checkVersion(version);
        return entity;
    }

    /**
     * Refuses as stale data when someone has saved the entity since the form was opened on {@code seen}, or when
     * the form says no version at all.
     */
    public void checkVersion(Integer seen) {
        if (seen == null || version != seen) {
            throw new StaleDataException();
        }
    }

    /**
     * Saves the entity now rather than at the commit: two saves of the same version race past the check in
     * {@link #atVersion}, and the database's version check decides; the loser is refused here as stale data,
     * which the form shows, instead of failing the commit.
     */
    public static <T extends VersionedEntity> T saveAndFlush(JpaRepository<T, Long> repository, T entity) {
        try {
            return repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }
}
