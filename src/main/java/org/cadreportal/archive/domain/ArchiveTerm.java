package org.cadreportal.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.cadreportal.archive.TermKind;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.envers.Audited;

/** An entry of one of the archive's lists (领域, 层级, 类别, 一线类型). */
@Entity
@Table(name = "archive_terms")
@Audited
public class ArchiveTerm extends ReferenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_terms_seq")
    @SequenceGenerator(name = "archive_terms_seq", sequenceName = "archive_terms_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TermKind kind;

    protected ArchiveTerm() {
    }

    public ArchiveTerm(TermKind kind) {
        this.kind = kind;
    }

    public void edit(ListEntryForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
    }

    @Override
    public Long getId() {
        return id;
    }

    public TermKind getKind() {
        return kind;
    }
}
