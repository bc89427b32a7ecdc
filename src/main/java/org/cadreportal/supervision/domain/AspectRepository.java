package org.cadreportal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AspectRepository extends JpaRepository<Aspect, Long> {

    @Query("select a from Aspect a join fetch a.section s order by s.sortOrder, a.sortOrder, a.id")
    java.util.List<Aspect> findAllInOrder();
}
