package org.cadreportal.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchedulingMeetingRepository extends JpaRepository<SchedulingMeeting, Long> {

    /** An item's decisions, newest meeting first, with their meeting. */
    @Query("select d from MeetingDecision d join fetch d.meeting m where d.itemId = :itemId"
            + " order by m.heldOn desc, d.id desc")
    List<MeetingDecision> decisionsOn(long itemId);
}
