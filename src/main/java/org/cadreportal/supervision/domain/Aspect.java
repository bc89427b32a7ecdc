package org.cadreportal.supervision.domain;

import jakarta.persistence.*;
import lombok.Getter;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.envers.Audited;

/** An aspect (方面) within a section. */
@Entity
@Table(name = "supervision_aspects")
@Audited
public class Aspect extends ReferenceItem {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_id")
    @Getter private Section section;

    protected Aspect() {
    }

    public void edit(org.cadreportal.base.ListEntryForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
    }
}
