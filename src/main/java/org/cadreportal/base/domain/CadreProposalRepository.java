package org.cadreportal.base.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The queries every kind of {@link CadreProposal} is worked through. A proposal is open while
 * {@code openCadreId} is set (its status is OPEN exactly then), so the list needs no subclass's status type.
 */
@NoRepositoryBean
public interface CadreProposalRepository<P extends CadreProposal> extends JpaRepository<P, Long> {

    /** The open proposals whose unit lies in the scope subtree, oldest first. */
    @EntityGraph(attributePaths = {"unit"})
    @Query("""
            select p from #{#entityName} p where p.openCadreId is not null
            and p.unit.path like :scope% order by p.raisedAt, p.id""")
    List<P> findOpenInScope(String scope);

    @EntityGraph(attributePaths = {"unit"})
    @Query("select p from #{#entityName} p where p.id = :id and p.unit.path like :scope%")
    Optional<P> findInScope(long id, String scope);

    /** The proposal within the scope as the clerk saw it: another unit's is missing, a changed one stale. */
    default P atVersionInScope(long id, int version, String scope) {
        return VersionedEntity.atVersion(findInScope(id, scope), version);
    }
}
