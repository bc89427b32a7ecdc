package org.cadreportal.workflow.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcedureStepRepository extends JpaRepository<ProcedureStep, Long> {
}
