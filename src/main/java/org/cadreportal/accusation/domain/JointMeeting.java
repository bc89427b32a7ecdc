package org.cadreportal.accusation.domain;

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

    @Getter private LocalDate meetingDate;

    private String memberUnits;

    private String conclusions;

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
