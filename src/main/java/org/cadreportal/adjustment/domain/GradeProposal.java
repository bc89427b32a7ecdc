package org.cadreportal.adjustment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import lombok.Getter;
import org.cadreportal.base.domain.CadreProposal;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.AnnualGrade;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A proposal to start a 下 for a poor 年度考核 grade, one open per cadre; a clerk closes it by opening the case
 * or by dismissing it.
 */
@Entity
@Table(name = "grade_proposals")
@Audited
@Getter
public class GradeProposal extends CadreProposal {

    public enum Status { OPEN, CASE_OPENED, DISMISSED }

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AnnualGrade grade;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status = Status.OPEN;

    private Long caseId;

    protected GradeProposal() {
    }

    public GradeProposal(long cadreId, String cadreName, UnitView unit, int year, AnnualGrade grade,
                         LocalDateTime raisedAt) {
        super(cadreId, cadreName, unit, year, raisedAt);
        this.grade = grade;
    }

    public void caseOpened(long caseId, String actor, LocalDateTime now) {
        close(Status.CASE_OPENED, actor, now, null);
        this.caseId = caseId;
    }

    @Override
    public void dismiss(String reason, String actor, LocalDateTime now) {
        close(Status.DISMISSED, actor, now, reason);
    }

    private void close(Status to, String actor, LocalDateTime now, String reason) {
        close(status == Status.OPEN, "adjustment.proposal.error.closed", actor, now, reason);
        status = to;
    }
}
