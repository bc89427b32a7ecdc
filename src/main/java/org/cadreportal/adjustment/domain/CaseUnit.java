package org.cadreportal.adjustment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/**
 * The unit a case belongs to (the cadre's unit when it was opened), read-only: its name for lists and
 * its path, so the data scope is matched in the same query as the cases.
 */
@Entity(name = "CaseUnit")
@Immutable
@Table(name = "units")
public class CaseUnit extends UnitView {

    protected CaseUnit() {
    }
}
