package org.cadreportal.org.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    @Query("select u from Unit u where u.parent is null and (u.active = true or :retired = true) order by u.sortOrder, u.id")
    List<Unit> findRoots(boolean retired);

    @Query("select u from Unit u where u.parent.id = :parentId and (u.active = true or :retired = true) order by u.sortOrder, u.id")
    List<Unit> findChildren(long parentId, boolean retired);

    @Query("select u from Unit u where u.path like concat(:path, '%') and u.active = true order by u.path")
    List<Unit> findActiveSubtree(String path);

    @Query("select u from Unit u where u.path like concat(:path, '%') and u.id <> :id")
    List<Unit> findDescendants(String path, long id);

    @Query("select distinct u.parent.id from Unit u where u.parent.id in :ids and (u.active = true or :retired = true)")
    List<Long> parentsWithChildren(Collection<Long> ids, boolean retired);

    @Query("select count(u) from Unit u where u.parent.id = :id and u.active = true")
    long countActiveChildren(long id);

    /** Active units whose name begins {@code title} (a post title such as 市交通运输局局长 begins with its unit's). */
    @Query("select u from Unit u where u.active = true and :title like concat(u.name, '%')")
    List<Unit> findActiveNamePrefixesOf(String title);

    @Query("select max(u.sortOrder) from Unit u where u.parent.id = :parentId")
    Integer maxSortOrder(long parentId);

    boolean existsByCode(String code);

    List<Unit> findByActiveTrueOrderByPath();
}
