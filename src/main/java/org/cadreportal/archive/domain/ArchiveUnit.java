package org.cadreportal.archive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.cadreportal.base.domain.UnitView;
import org.hibernate.annotations.Immutable;

/**
 * A filer's unit, read-only: its name for lists and its path, so the data scope is matched in the same
 * query as the entries. The organisation feature owns and changes the table.
 */
@Entity(name = "ArchiveUnit")
@Immutable
@Table(name = "units")
public class ArchiveUnit extends UnitView {

    protected ArchiveUnit() {
    }

    public boolean isWithin(String scopePath) {
        return getPath().startsWith(scopePath);
    }
}
