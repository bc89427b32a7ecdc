package org.cadreportal.accusation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/** A case's unit, read-only: its name for lists and its path, so the data scope is matched in SQL. */
@Entity(name = "AccusationUnit")
@Immutable
@Table(name = "units")
public class AccusationUnit extends UnitView {

    protected AccusationUnit() {
    }
}
