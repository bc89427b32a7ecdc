package org.cadreportal.adjustment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ProbationResult;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.adjustment.StepForms;
import org.cadreportal.adjustment.StepInput;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A 能上能下 case: the aggregate that holds the case's progress through its procedure and the values
 * recorded at its steps. Progress moves only through the intention methods, each of which notes who
 * acted last, so a refused stale move can say who got there first.
 */
@Entity
@Table(name = "adjustment_cases")
@Audited
public class AdjustmentCase extends PostChange {

    private String caseNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Direction direction;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private CaseSource source;

    @Getter private String summary;

    @Getter private LocalDate openedOn;

    @ManyToMany
    @JoinTable(name = "adjustment_case_situations", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "situation_id"))
    @Getter private Set<Situation> situations = new HashSet<>();

    @Getter private LocalDate warningDate;

    @Getter private String warningContent;

    @Getter private LocalDate improvementDeadline;

    @Getter private String cadreStatement;

    @Getter private String integrityOpinion;

    @Getter private LocalDate meetingDate;

    @Getter private String decision;

    @OneToMany(mappedBy = "adjustmentCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("username")
    @Getter private List<MeetingSeat> seats = new ArrayList<>();

    @Getter private String talkRecord;

    @OneToMany(mappedBy = "adjustmentCase", cascade = CascadeType.ALL)
    @OrderBy("visitDate, id")
    @Getter private List<FollowUpVisit> visits = new ArrayList<>();

    /** The last step's conclusion: 跟踪回访's for a case moving a cadre down, 试用期满考核's for one promoting him. */
    @Getter private String closingAssessment;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private ProbationResult probationResult;

    @Getter private boolean reuseRecommended;

    @Embedded
    private CaseOrigin origin = new CaseOrigin(null, null, null);

    protected AdjustmentCase() {
    }

    public AdjustmentCase(String caseNo, Direction direction, CaseSource source, String summary, long cadreId,
                          String cadreName, UnitView unit, String formerPost, CadreRank formerRank,
                          ProcedureDefinition procedure, Set<Situation> situations, LocalDate today,
                          String actor, LocalDateTime now) {
        super(cadreId, cadreName, unit, formerPost, formerRank, procedure, today, actor, now);
        this.caseNo = caseNo;
        this.direction = direction;
        this.source = source;
        this.summary = summary;
        this.openedOn = today;
        this.situations.addAll(situations);
    }

    public void noteOrigin(CaseOrigin from) {
        origin = from;
    }

    // --- what the kernel's moves mean here ----------------------------------------------------

    /**
     * Once 宣布并办理任免 is done the cadre's post has changed: the case can only go on to its follow-up,
     * never back to redo the appointment nor be terminated as if nothing had happened. "Improved" closes
     * a case only between the warning and the decision.
     */
    @Override
    protected void checkMove(ProcedureDefinition procedure, Move move) {
        int appointment = procedure.ordinalOf(StepForms.APPOINTMENT);
        boolean leaving = move instanceof Move.SendBack || move instanceof Move.Terminate;
        if (leaving && appointment > 0 && getProgress().getCurrentOrdinal() > appointment) {
            throw new PortalException("adjustment.error.afterAppointment");
        }
        if (move instanceof Move.Improve && (warningDate == null
                || getProgress().getCurrentOrdinal() >= procedure.ordinalOf(StepForms.DECISION))) {
            throw new PortalException("adjustment.error.improvedNotAllowed");
        }
    }

    /**
     * What was recorded at the steps being redone no longer stands: going back to or before the warning
     * clears it (so "improved" is no longer open), and going back to or before the decision clears the
     * meeting and its votes, so a revised proposal gets a vote of its own.
     */
    @Override
    protected void moved(ProcedureDefinition procedure, Move move, int from) {
        if (!(move instanceof Move.SendBack(int target))) {
            return;
        }
        int warningOrdinal = procedure.ordinalOf(StepForms.WARNING);
        int decisionOrdinal = procedure.ordinalOf(StepForms.DECISION);
        if (warningOrdinal > 0 && target <= warningOrdinal) {
            warningDate = null;
            warningContent = null;
            improvementDeadline = null;
        }
        if (decisionOrdinal > 0 && target <= decisionOrdinal) {
            meetingDate = null;
            decision = null;
            seats.clear();
        }
    }

    public boolean hasVotes() {
        return seats.stream().anyMatch(s -> s.getVote() != null);
    }

    /** 讨论决定: the tally passed the proposal or not; the kernel then advances or rejects the case. */
    public void recordDecision(boolean passed) {
        getProgress().requireOpen();
        decision = passed ? "PASSED" : "REJECTED";
    }

    // --- what the steps record ----------------------------------------------------------------

    /**
     * Writes what the current step's form recorded: only while the case stands on that step and only from
     * that step's input, so a stale or mistaken call cannot overwrite what an earlier step established.
     * {@code chosen} holds the reference rows the input names, looked up by the service.
     */
    public void complete(StepDefinition step, StepInput input, StepChoices chosen) {
        requireInput(step, input);
        switch (input) {
            case StepInput.Opinion o when chosen.situations() != null -> {
                situations.clear();
                situations.addAll(chosen.situations());
            }
            case StepInput.Warning w -> {
                warningDate = Objects.requireNonNull(w.warningDate());
                warningContent = Objects.requireNonNull(w.warningContent());
                improvementDeadline = Objects.requireNonNull(w.improvementDeadline());
            }
            case StepInput.Statement st -> cadreStatement = st.statement();
            case StepInput.Proposal p ->
                    proposeChange(direction == Direction.DOWN, chosen.method(), p.proposedPost(), p.proposedRank());
            case StepInput.Consultation co -> integrityOpinion = co.integrityOpinion();
            case StepInput.Talk t -> talkRecord = t.talkRecord();
            case StepInput.Appointment a -> {
                int months = getMethod() == null ? 0 : getMethod().getImpactMonths();
                appointChange(a.documentNo(), a.effectiveDate(), direction == Direction.DOWN && months > 0
                        ? a.effectiveDate().plusMonths(months).minusDays(1) : null, meetingDate);
            }
            case StepInput.FollowUp f -> {
                if (visits.isEmpty()) {
                    throw new FieldException("visits", "adjustment.error.noVisit");
                }
                closingAssessment = f.closingAssessment();
                reuseRecommended = f.reuseRecommended();
            }
            case StepInput.Probation p -> {
                probationResult = Objects.requireNonNull(p.result());
                closingAssessment = Objects.requireNonNull(p.assessment());
            }
            // 启动动议 was recorded at opening, other opinions record nothing here, 讨论决定 is the vote's.
            case StepInput.Initiation initiationIn -> {
            }
            case StepInput.Opinion opinionIn -> {
            }
            case StepInput.Decision decisionIn -> {
            }
        }
    }

    /** A step whose input names no reference rows. */
    public void complete(StepDefinition step, StepInput input) {
        complete(step, input, StepChoices.NONE);
    }

    /** Refuses a step that is not the current one, or an input that is not its form's. */
    public void requireInput(StepDefinition step, StepInput input) {
        requireInput(step, input, "adjustment.error.wrongStep");
    }

    /** Sets the meeting: members no longer entitled lose their seat, absentees their vote; others keep theirs. */
    public void seat(LocalDate date, Map<String, SeatPlan> plan, String actor, LocalDateTime now) {
        meetingDate = date;
        seats.removeIf(s -> !plan.containsKey(s.getUsername()));
        plan.forEach((username, p) -> seatOf(username)
                .ifPresentOrElse(s -> s.assign(p), () -> seats.add(new MeetingSeat(this, username, p))));
        touch(actor, now);
    }

    public Optional<MeetingSeat> seatOf(String username) {
        return seats.stream().filter(s -> s.getUsername().equals(username)).findFirst();
    }

    /**
     * @return false when the member has no seat or did not attend. A vote writes the member's own seat only and
     * leaves the case's version alone: the chair's close or send-back is never stale because a member voted.
     */
    public boolean vote(String username, Vote choice, LocalDateTime now) {
        Optional<MeetingSeat> seat = seatOf(username).filter(MeetingSeat::isAttended);
        seat.ifPresent(s -> s.vote(choice, now));
        return seat.isPresent();
    }

    public VoteTally tally() {
        int attended = (int) seats.stream().filter(MeetingSeat::isAttended).count();
        return new VoteTally(seats.size(), attended, count(Vote.AGREE), count(Vote.DISAGREE), count(Vote.ABSTAIN));
    }

    private int count(Vote vote) {
        return (int) seats.stream().filter(s -> s.isAttended() && s.getVote() == vote).count();
    }

    public void addVisit(LocalDate date, String visitor, String notes, String actor, LocalDateTime now) {
        visits.add(new FollowUpVisit(this, date, visitor, notes));
        touch(actor, now);
    }

    // --- reads ---------------------------------------------------------------------------------

    public String getCaseNo() {
        return caseNo;
    }

    public CaseOrigin getOrigin() {
        return origin == null ? new CaseOrigin(null, null, null) : origin;
    }
}
