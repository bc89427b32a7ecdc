package org.cadreportal.supervision.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/** The supervision view of a unit: its name, and its path for the data scope. */
@Entity(name = "ItemUnit")
@Immutable
@Table(name = "units")
public class ItemUnit extends UnitView {

    protected ItemUnit() {
    }
}
