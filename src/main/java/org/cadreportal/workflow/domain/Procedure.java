package org.cadreportal.workflow.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** A procedure (e.g. the 11 steps of adjusting a cadre down): reference data, seeded and editable. */
@Entity
@Table(name = "procedures")
@Audited
public class Procedure extends VersionedEntity {

    @Column(nullable = false, length = 32)
    @Getter private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    @Getter private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    @Getter private String nameEn;

    @OneToMany(mappedBy = "procedure")
    @OrderBy("ordinal")
    @Getter private List<ProcedureStep> steps = new ArrayList<>();

    protected Procedure() {
    }
}
