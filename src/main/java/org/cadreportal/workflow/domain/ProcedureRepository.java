package org.cadreportal.workflow.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProcedureRepository extends JpaRepository<Procedure, Long> {

    @Query("select distinct p from Procedure p left join fetch p.steps order by p.id")
    List<Procedure> findAllWithSteps();

    @Query("select p from Procedure p left join fetch p.steps where p.code = :code")
    Optional<Procedure> findByCodeWithSteps(String code);

    @Query("select p from Procedure p left join fetch p.steps where p.id = :id")
    Optional<Procedure> findByIdWithSteps(long id);
}
