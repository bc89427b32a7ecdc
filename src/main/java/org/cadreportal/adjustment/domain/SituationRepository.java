package org.cadreportal.adjustment.domain;

import org.cadreportal.base.domain.ReferenceRepository;

public interface SituationRepository extends ReferenceRepository<Situation> {
}
