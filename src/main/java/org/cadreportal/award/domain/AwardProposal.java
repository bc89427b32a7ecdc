package org.cadreportal.award.domain;

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
 * A proposal to record a 记功奖励 for an 优秀 年度考核 grade, one open per cadre and year. A clerk closes it by
 * recording the award or by dismissing it with a reason; a grade changed away from 优秀 withdraws it.
 */
@Entity
@Table(name = "award_proposals")
@Audited
public class AwardProposal extends CadreProposal {

    public enum Status { OPEN, AWARDED, DISMISSED, WITHDRAWN }

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private AnnualGrade grade;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Status status = Status.OPEN;

    private Long awardId;

    protected AwardProposal() {
    }

    public AwardProposal(long cadreId, String cadreName, UnitView unit, int year, LocalDateTime raisedAt) {
        super(cadreId, cadreName, unit, year, raisedAt);
        this.grade = AnnualGrade.EXCELLENT;
    }

    public void awarded(long awardId, String actor, LocalDateTime now) {
        close(Status.AWARDED, actor, now, null);
        this.awardId = awardId;
    }

    @Override
    public void dismiss(String reason, String actor, LocalDateTime now) {
        close(Status.DISMISSED, actor, now, reason);
    }

    /** The grade it stood on is no longer 优秀: nothing is left to decide. */
    public void withdraw(String actor, LocalDateTime now) {
        close(Status.WITHDRAWN, actor, now, null);
    }

    private void close(Status to, String actor, LocalDateTime now, String reason) {
        close(status == Status.OPEN, "award.proposal.error.closed", actor, now, reason);
        status = to;
    }
}
