package org.cadreportal.award.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/** A record's unit, read-only: its name for lists and its path, so the data scope is matched in SQL. */
@Entity(name = "AwardUnit")
@Immutable
@Table(name = "units")
public class AwardUnit extends UnitView {

    protected AwardUnit() {
    }
}
