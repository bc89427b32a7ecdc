package org.cadreportal.tolerance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/**
 * The unit an application or discipline record belongs to (the cadre's unit when it was registered),
 * read-only: its name for lists and its path, so the data scope is matched in the same query.
 */
@Entity(name = "ToleranceUnit")
@Immutable
@Table(name = "units")
public class ToleranceUnit extends UnitView {

    protected ToleranceUnit() {
    }
}
