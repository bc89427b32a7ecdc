package org.cadreportal.inspection.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/**
 * The inspected unit, read-only: its name for lists and its path, so the data scope is matched in the
 * same query as the inspections. The organisation feature owns and changes the table.
 */
@Entity(name = "InspectionUnit")
@Immutable
@Table(name = "units")
public class InspectionUnit extends UnitView {

    protected InspectionUnit() {
    }

    public boolean isWithin(String scopePath) {
        return getPath().startsWith(scopePath);
    }
}
