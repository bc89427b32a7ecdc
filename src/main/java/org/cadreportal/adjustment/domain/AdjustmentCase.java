package org.cadreportal.adjustment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.CaseProgress;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A 能上能下 case: the aggregate that holds the case's progress through its procedure and the values
 * recorded at its steps. Progress moves only through the intention methods, each of which notes who
 * acted last, so a refused stale move can say who got there first.
 */
@Entity
@Table(name = "adjustment_cases")
@Audited
public class AdjustmentCase extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "adjustment_cases_seq")
    @SequenceGenerator(name = "adjustment_cases_seq", sequenceName = "adjustment_cases_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_no", nullable = false, length = 32)
    private String caseNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CaseSource source;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Column(name = "cadre_name", nullable = false, length = 50)
    private String cadreName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CaseUnit unit;

    @Column(name = "former_post", nullable = false, length = 100)
    private String formerPost;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "former_rank", nullable = false, length = 20)
    private CadreRank formerRank;

    @Column(name = "procedure_id", nullable = false)
    private long procedureId;

    @Embedded
    private CaseProgress progress;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "last_actor", nullable = false, length = 64)
    private String lastActor;

    @Column(name = "last_acted_at", nullable = false)
    private LocalDateTime lastActedAt;

    @ManyToMany
    @JoinTable(name = "adjustment_case_situations", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "situation_id"))
    private Set<Situation> situations = new HashSet<>();

    @Column(name = "warning_date")
    private LocalDate warningDate;

    @Column(name = "warning_content", length = 1000)
    private String warningContent;

    @Column(name = "improvement_deadline")
    private LocalDate improvementDeadline;

    @Column(name = "cadre_statement", length = 2000)
    private String cadreStatement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "method_id")
    private AdjustmentMethod method;

    @Column(name = "proposed_post", length = 100)
    private String proposedPost;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "proposed_rank", length = 20)
    private CadreRank proposedRank;

    @Column(name = "integrity_opinion", length = 2000)
    private String integrityOpinion;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(length = 20)
    private String decision;

    @OneToMany(mappedBy = "adjustmentCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("username")
    private List<MeetingSeat> seats = new ArrayList<>();

    @Column(name = "talk_record", length = 2000)
    private String talkRecord;

    @Column(name = "document_no", length = 64)
    private String documentNo;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "impact_until")
    private LocalDate impactUntil;

    @OneToMany(mappedBy = "adjustmentCase", cascade = CascadeType.ALL)
    @OrderBy("visitDate, id")
    private List<FollowUpVisit> visits = new ArrayList<>();

    @Column(name = "closing_assessment", length = 2000)
    private String closingAssessment;

    @Column(name = "reuse_recommended", nullable = false)
    private boolean reuseRecommended;

    protected AdjustmentCase() {
    }

    public AdjustmentCase(String caseNo, Direction direction, CaseSource source, String summary, long cadreId,
                          String cadreName, CaseUnit unit, String formerPost, CadreRank formerRank,
                          ProcedureDefinition procedure, Set<Situation> situations, LocalDate today,
                          String actor, LocalDateTime now) {
        this.caseNo = caseNo;
        this.direction = direction;
        this.source = source;
        this.summary = summary;
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.unit = unit;
        this.formerPost = formerPost;
        this.formerRank = formerRank;
        this.procedureId = procedure.id();
        this.progress = CaseProgress.begin(procedure, today);
        this.openedOn = today;
        this.situations.addAll(situations);
        touch(actor, now);
    }

    // --- moves -------------------------------------------------------------------------------

    public void advance(ProcedureDefinition procedure, LocalDate today, String actor, LocalDateTime now) {
        progress.advance(procedure, today);
        touch(actor, now);
    }

    /**
     * Back to an earlier step. What was recorded at the steps being redone no longer stands: going back
     * to or before the warning clears it (so "improved" is no longer open), and going back to or before
     * the decision clears the meeting and its votes, so a revised proposal gets a vote of its own.
     */
    public void sendBack(ProcedureDefinition procedure, int targetOrdinal, int warningOrdinal, int decisionOrdinal,
                         LocalDate today, String actor, LocalDateTime now) {
        progress.sendBack(procedure, targetOrdinal, today);
        if (warningOrdinal > 0 && targetOrdinal <= warningOrdinal) {
            warn(null, null, null);
        }
        if (decisionOrdinal > 0 && targetOrdinal <= decisionOrdinal) {
            meetingDate = null;
            decision = null;
            seats.clear();
        }
        touch(actor, now);
    }

    public boolean hasVotes() {
        return seats.stream().anyMatch(s -> s.getVote() != null);
    }

    public void terminate(LocalDate today, String actor, LocalDateTime now) {
        progress.terminate(today);
        touch(actor, now);
    }

    /** 讨论决定 did not pass: the case ends and the cadre keeps the post. */
    public void decideAgainst(LocalDate today, String actor, LocalDateTime now) {
        decision = "REJECTED";
        progress.reject(today);
        touch(actor, now);
    }

    public void decideFor(ProcedureDefinition procedure, LocalDate today, String actor, LocalDateTime now) {
        decision = "PASSED";
        advance(procedure, today, actor, now);
    }

    public void closeImproved(LocalDate today, String actor, LocalDateTime now) {
        progress.closeImproved(today);
        touch(actor, now);
    }

    // --- what the steps record ----------------------------------------------------------------

    public void reviseSituations(Set<Situation> chosen) {
        situations.clear();
        situations.addAll(chosen);
    }

    public void warn(LocalDate date, String content, LocalDate deadline) {
        warningDate = date;
        warningContent = content;
        improvementDeadline = deadline;
    }

    public void hear(String statement) {
        cadreStatement = statement;
    }

    public void propose(AdjustmentMethod chosenMethod, String post, CadreRank rank) {
        method = chosenMethod;
        proposedPost = post;
        proposedRank = rank;
    }

    public void consult(String opinion) {
        integrityOpinion = opinion;
    }

    /**
     * Sets the meeting: members no longer entitled lose their seat, absentees lose their vote, and the
     * others keep theirs.
     */
    public void seat(LocalDate date, Map<String, String> entitled, Set<String> attended, String actor,
                     LocalDateTime now) {
        meetingDate = date;
        seats.removeIf(s -> !entitled.containsKey(s.getUsername()));
        entitled.forEach((username, name) -> seatOf(username)
                .ifPresentOrElse(s -> s.attend(attended.contains(username)),
                        () -> seats.add(new MeetingSeat(this, username, name, attended.contains(username)))));
        touch(actor, now);
    }

    public Optional<MeetingSeat> seatOf(String username) {
        return seats.stream().filter(s -> s.getUsername().equals(username)).findFirst();
    }

    /** @return false when the member has no seat or did not attend */
    public boolean vote(String username, Vote choice, String actor, LocalDateTime now) {
        Optional<MeetingSeat> seat = seatOf(username).filter(MeetingSeat::isAttended);
        seat.ifPresent(s -> s.vote(choice, now));
        if (seat.isPresent()) {
            touch(actor, now);
        }
        return seat.isPresent();
    }

    public VoteTally tally() {
        int attended = (int) seats.stream().filter(MeetingSeat::isAttended).count();
        return new VoteTally(seats.size(), attended, count(Vote.AGREE), count(Vote.DISAGREE), count(Vote.ABSTAIN));
    }

    private int count(Vote vote) {
        return (int) seats.stream().filter(s -> s.isAttended() && s.getVote() == vote).count();
    }

    public void recordTalk(String record) {
        talkRecord = record;
    }

    public void appoint(String document, LocalDate effective, LocalDate impactEnd) {
        documentNo = document;
        effectiveDate = effective;
        impactUntil = impactEnd;
    }

    public void addVisit(LocalDate date, String visitor, String notes, String actor, LocalDateTime now) {
        visits.add(new FollowUpVisit(this, date, visitor, notes));
        touch(actor, now);
    }

    public void conclude(String assessment, boolean reuse) {
        closingAssessment = assessment;
        reuseRecommended = reuse;
    }

    private void touch(String actor, LocalDateTime now) {
        lastActor = actor;
        lastActedAt = now;
    }

    // --- reads ---------------------------------------------------------------------------------

    @Override
    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public Direction getDirection() {
        return direction;
    }

    public CaseSource getSource() {
        return source;
    }

    public String getSummary() {
        return summary;
    }

    public long getCadreId() {
        return cadreId;
    }

    public String getCadreName() {
        return cadreName;
    }

    public CaseUnit getUnit() {
        return unit;
    }

    public String getFormerPost() {
        return formerPost;
    }

    public CadreRank getFormerRank() {
        return formerRank;
    }

    public long getProcedureId() {
        return procedureId;
    }

    public CaseProgress getProgress() {
        return progress;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getLastActor() {
        return lastActor;
    }

    public LocalDateTime getLastActedAt() {
        return lastActedAt;
    }

    public Set<Situation> getSituations() {
        return situations;
    }

    public LocalDate getWarningDate() {
        return warningDate;
    }

    public String getWarningContent() {
        return warningContent;
    }

    public LocalDate getImprovementDeadline() {
        return improvementDeadline;
    }

    public String getCadreStatement() {
        return cadreStatement;
    }

    public AdjustmentMethod getMethod() {
        return method;
    }

    public String getProposedPost() {
        return proposedPost;
    }

    public CadreRank getProposedRank() {
        return proposedRank;
    }

    public String getIntegrityOpinion() {
        return integrityOpinion;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getDecision() {
        return decision;
    }

    public List<MeetingSeat> getSeats() {
        return seats;
    }

    public String getTalkRecord() {
        return talkRecord;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public LocalDate getImpactUntil() {
        return impactUntil;
    }

    public List<FollowUpVisit> getVisits() {
        return visits;
    }

    public String getClosingAssessment() {
        return closingAssessment;
    }

    public boolean isReuseRecommended() {
        return reuseRecommended;
    }
}
