package org.cadreportal.cadre.domain;

import jakarta.persistence.Column;
import lombok.Getter;
import org.cadreportal.cadre.FamilyMember;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.YearMonth;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/** One row of a cadre's 家庭主要成员及重要社会关系, in the order the form lists them. Personal data. */
@Entity
@Table(name = "cadre_family_members")
@Audited
public class FamilyMemberRecord extends VersionedEntity {

    @Getter private long cadreId;

    private int rowNo;

    private String relation;

    @Getter private String name;

    @Convert(converter = YearMonthColumn.class)
    @Column(name = "birth_month")
    private YearMonth birth;

    private String politicalStatus;

    private String workAndPost;

    protected FamilyMemberRecord() {
    }

    public FamilyMemberRecord(long cadreId, int rowNo, String relation, String name, YearMonth birth,
                              String politicalStatus, String workAndPost) {
        this.cadreId = cadreId;
        this.rowNo = rowNo;
        this.relation = relation;
        this.name = name;
        this.birth = birth;
        this.politicalStatus = politicalStatus;
        this.workAndPost = workAndPost;
    }

    /** This relative as the 任免审批表's family table shows one. */
    public FamilyMember row() {
        return new FamilyMember(relation, name, birth, politicalStatus, workAndPost);
    }
}
