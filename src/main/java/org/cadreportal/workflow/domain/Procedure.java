package org.cadreportal.workflow.domain;

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
@Getter
public class Procedure extends VersionedEntity {

    private String code;

    private String nameZh;

    private String nameEn;

    @OneToMany(mappedBy = "procedure")
    @OrderBy("ordinal")
    private List<ProcedureStep> steps = new ArrayList<>();

    protected Procedure() {
    }
}
