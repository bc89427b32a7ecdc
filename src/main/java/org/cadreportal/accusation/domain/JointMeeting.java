package org.cadreportal.accusation.domain;

import jakarta.persistence.Column;
import lombok.Getter;
import org.cadreportal.accusation.AccusationDetails;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A 查诬联席会议 on the case. */
@Entity
@Table(name = "joint_meetings")
@Audited
public class JointMeeting extends CasePart {

    @Column(name = "meeting_date", nullable = false)
    @Getter private LocalDate meetingDate;

    @Column(name = "member_units", nullable = false, length = 500)
    private String memberUnits;

    @Column(nullable = false, length = 2000)
    private String conclusions;

    @Column(name = "recorded_by", nullable = false, length = 64)
    @Getter private String recordedBy;

    protected JointMeeting() {
    }

    JointMeeting(AccusationCase accusationCase, LocalDate meetingDate, String memberUnits, String conclusions,
                 String recordedBy) {
        super(accusationCase);
        this.meetingDate = meetingDate;
        this.memberUnits = memberUnits;
        this.conclusions = conclusions;
        this.recordedBy = recordedBy;
    }

    /** How the case page lists this meeting. */
    public AccusationDetails.Meeting row() {
        return new AccusationDetails.Meeting(getId(), meetingDate, memberUnits, conclusions, recordedBy);
    }
}
