package org.cadreportal.tolerance.domain;

import org.cadreportal.base.domain.ReferenceRepository;

public interface ToleranceCategoryRepository extends ReferenceRepository<ToleranceCategory> {
}
