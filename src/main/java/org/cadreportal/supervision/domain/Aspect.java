package org.cadreportal.supervision.domain;

import jakarta.persistence.*;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.envers.Audited;

/** An aspect (方面) within a section. */
@Entity
@Table(name = "supervision_aspects")
@Audited
public class Aspect extends ReferenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_aspects_seq")
    @SequenceGenerator(name = "supervision_aspects_seq", sequenceName = "supervision_aspects_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    protected Aspect() {
    }

    public void edit(org.cadreportal.base.ListEntryForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
    }

    @Override
    public Long getId() {
        return id;
    }

    public Section getSection() {
        return section;
    }
}
