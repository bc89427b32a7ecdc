package org.cadreportal.accusation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.cadreportal.accusation.FindingType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** One allegation (举报事项) against one accused cadre, and the finding on it once made. */
@Entity
@Table(name = "allegations")
@Audited
@Getter
public class Allegation extends NumberedPart {

    private long cadreId;

    private String content;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private FindingType finding;

    private String findingReason;

    protected Allegation() {
    }

    Allegation(AccusationCase accusationCase, int ordinal, long cadreId, String content) {
        super(accusationCase, ordinal);
        this.cadreId = cadreId;
        this.content = content;
    }

    void find(FindingType finding, String reason) {
        this.finding = finding;
        this.findingReason = reason;
    }
}
