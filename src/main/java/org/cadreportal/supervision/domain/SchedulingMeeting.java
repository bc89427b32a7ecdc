package org.cadreportal.supervision.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cadreportal.base.domain.VersionedEntity;
import org.hibernate.envers.Audited;

/**
 * 专题会调度: a scheduling meeting on a topic, chaired by a leader, and its decisions, each a milestone of an
 * existing item or a new item. A record of what was decided: written once, never edited.
 */
@Entity
@Table(name = "scheduling_meetings")
@Audited
public class SchedulingMeeting extends VersionedEntity {

    @Getter private LocalDate heldOn;

    @Getter private String topic;

    @Getter private String chair;

    private String recordedBy;

    @Getter private String recordedByName;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @Getter private List<MeetingDecision> decisions = new ArrayList<>();

    protected SchedulingMeeting() {
    }

    public SchedulingMeeting(LocalDate heldOn, String topic, String chair, String recordedBy, String recordedByName) {
        this.heldOn = heldOn;
        this.topic = topic;
        this.chair = chair;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
    }

    /** A decision on an existing item: the milestone it added. */
    public void decide(SupervisionItem item, String text, LocalDate deadline, int expectedProgress,
                       Milestone milestone) {
        decisions.add(new MeetingDecision(this, item.getId(), false, text, deadline, expectedProgress, milestone));
    }

    /** A decision that opened a new item (a draft, planned by the 督查室 before it goes online). */
    public void open(SupervisionItem newItem, String text, LocalDate deadline) {
        decisions.add(new MeetingDecision(this, newItem.getId(), true, text, deadline, 100, null));
    }
}
