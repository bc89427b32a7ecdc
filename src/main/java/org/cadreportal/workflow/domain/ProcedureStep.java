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
public class ProcedureStep extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id")
    @Getter private Procedure procedure;

    @Column(nullable = false)
    @Getter private int ordinal;

    @Column(nullable = false, length = 32)
    @Getter private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    @Getter private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    @Getter private String nameEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_role", nullable = false, length = 20)
    @Getter private Role role;

    @Column(name = "time_limit_days", nullable = false)
    @Getter private int timeLimitDays;

    @Column(nullable = false, length = 32)
    @Getter private String form;

    @Column(name = "opinion_required", nullable = false)
    @Getter private boolean opinionRequired;

    @Column(name = "attachment_required", nullable = false)
    @Getter private boolean attachmentRequired;

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
