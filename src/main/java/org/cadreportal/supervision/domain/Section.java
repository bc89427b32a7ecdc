package org.cadreportal.supervision.domain;

import jakarta.persistence.*;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.envers.Audited;

/** A section (板块) of the supervision platform. */
@Entity
@Table(name = "supervision_sections")
@Audited
public class Section extends ReferenceItem {

    protected Section() {
    }

    public void edit(org.cadreportal.base.ListEntryForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
    }

}
