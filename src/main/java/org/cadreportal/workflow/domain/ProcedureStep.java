package org.cadreportal.workflow.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.StepForm;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One step of a procedure; its ordinal and form are fixed, the rest an administrator may edit. */
@Entity
@Table(name = "procedure_steps")
@Audited
@Getter
public class ProcedureStep extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    private int ordinal;

    private String code;

    private String nameZh;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_role", nullable = false, length = 20)
    private Role role;

    private int timeLimitDays;

    private String form;

    private boolean opinionRequired;

    private boolean attachmentRequired;

    protected ProcedureStep() {
    }

    public void edit(StepForm f) {
        nameZh = f.getNameZh().strip();
        nameEn = f.getNameEn().strip();
        role = f.getRole();
        timeLimitDays = f.getTimeLimitDays();
        opinionRequired = f.isOpinionRequired();
        attachmentRequired = f.isAttachmentRequired();
    }
}
