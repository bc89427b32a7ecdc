package org.cadreportal.archive.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.archive.TermKind;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.domain.ReferenceItem;
import org.hibernate.envers.Audited;

/** An entry of one of the archive's lists (领域, 层级, 类别, 一线类型). */
@Entity
@Table(name = "archive_terms")
@Audited
public class ArchiveTerm extends ReferenceItem {

    @Enumerated(EnumType.STRING)
    @Getter private TermKind kind;

    protected ArchiveTerm() {
    }

    public ArchiveTerm(TermKind kind) {
        this.kind = kind;
    }

    public void edit(ListEntryForm f) {
        rename(f.getNameZh(), f.getNameEn(), f.getSortOrder(), f.isActive());
    }
}
