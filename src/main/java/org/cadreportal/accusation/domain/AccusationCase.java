package org.cadreportal.accusation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.accusation.AccusationInput;
import org.cadreportal.accusation.AllegationFinding;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.WorkflowCase;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.cadreportal.workflow.StepNote;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A 查诬 case: the report, the accused cadres and the allegations, and what the procedure has recorded
 * on them — joint meetings, findings, the referral of the reporter, clarifications. Progress moves only
 * through the intention methods, each noting who acted last.
 */
@Entity
@Table(name = "accusation_cases")
@Audited
public class AccusationCase extends WorkflowCase {

    private String caseNo;

    @Getter private String reportNo;

    @Getter private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Channel channel;

    @Getter private boolean anonymous;

    @Getter private String reporterName;

    @Getter private String reporterContact;

    @Getter private String summary;

    @Getter private LocalDate openedOn;

    @Getter private LocalDate foundOn;

    @Getter private LocalDate clarificationDueOn;

    @Getter private String referredTo;

    @Getter private LocalDate referredOn;

    @Getter private boolean quickLogged;

    @OneToMany(mappedBy = "accusationCase", cascade = CascadeType.ALL)
    @OrderBy("ordinal")
    @Getter private List<AccusedCadre> accused = new ArrayList<>();

    @OneToMany(mappedBy = "accusationCase", cascade = CascadeType.ALL)
    @OrderBy("ordinal")
    @Getter private List<Allegation> allegations = new ArrayList<>();

    @OneToMany(mappedBy = "accusationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("meetingDate, id")
    @Getter private List<JointMeeting> meetings = new ArrayList<>();

    @OneToMany(mappedBy = "accusationCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("clarifiedOn, id")
    @Getter private List<Clarification> clarifications = new ArrayList<>();

    protected AccusationCase() {
    }

    public AccusationCase(String caseNo, String reportNo, LocalDate receivedOn, Channel channel, boolean anonymous,
                          String reporterName, String reporterContact, String summary, UnitView unit,
                          ProcedureDefinition procedure, LocalDate today, String actor, LocalDateTime now) {
        super(procedure, unit, today, actor, now);
        this.caseNo = caseNo;
        this.reportNo = reportNo;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.anonymous = anonymous;
        this.reporterName = anonymous ? null : reporterName;
        this.reporterContact = anonymous ? null : reporterContact;
        this.summary = summary;
        this.openedOn = today;
    }

    public void accuse(long cadreId, String cadreName, long unitId, String postTitle) {
        accused.add(new AccusedCadre(this, accused.size() + 1, cadreId, cadreName, unitId, postTitle));
    }

    public void allege(long cadreId, String content) {
        allegations.add(new Allegation(this, allegations.size() + 1, cadreId, content));
    }

    // --- what the kernel's moves mean here ----------------------------------------------------

    /**
     * 快速登记 marks the case as logged. Going back to the finding or before it means the findings no longer stand: they, the referral and
     * any clarification built on them are withdrawn (the history keeps them).
     */
    @Override
    protected void moved(ProcedureDefinition procedure, Move move, int from) {
        if (move instanceof Move.ConcludeLogged) {
            quickLogged = true;
        }
        if (!(move instanceof Move.SendBack(int target))) {
            return;
        }
        int findingOrdinal = AccusationInput.ordinalOf(procedure, AccusationInput.Findings.class);
        if (findingOrdinal > 0 && target <= findingOrdinal) {
            allegations.forEach(a -> a.find(null, null));
            foundOn = null;
            clarificationDueOn = null;
            referredTo = null;
            referredOn = null;
            clarifications.clear();
        }
    }

    // --- what the steps record ----------------------------------------------------------------

    /**
     * Completes the current step with its form's input and note: refused unless the case stands on that step
     * and the input is its form's; refused, on the field to correct, when the step cannot close yet —
     * 联席会议研判 before a meeting, 澄清 before every cleared cadre has had a clarification, 澄清 with none due
     * or 处理 with no referral without an opinion saying why. 认定 writes the findings and, when one clears a
     * cadre, the clarification falls due on {@code clarificationDue}; 处理 after a 诬告陷害 finding writes the
     * referral. The values' own checks (each allegation found, with a reason; the referral's place and day)
     * were made by the service.
     */
    public void complete(StepDefinition step, AccusationInput input, StepNote note, LocalDate today,
                         LocalDate clarificationDue) {
        requireInput(step, input);
        switch (input) {
            case AccusationInput.JointReview review -> {
                if (meetings.isEmpty()) {
                    throw new FieldException("meetingDate", "accusation.error.noMeeting");
                }
            }
            case AccusationInput.Findings f -> {
                Map<Long, AllegationFinding> given = f.byAllegation();
                for (Allegation a : allegations) {
                    AllegationFinding found = Objects.requireNonNull(given.get(a.getId()));
                    a.find(Objects.requireNonNull(found.finding()), Objects.requireNonNull(found.reason()));
                }
                found(today, clarificationDue);
            }
            case AccusationInput.Handling h when hasFabricated() -> {
                referredTo = Objects.requireNonNull(h.referredTo());
                referredOn = Objects.requireNonNull(h.referredOn());
            }
            case AccusationInput.Handling h -> requireOpinion(note, "accusation.error.handlingOpinion");
            case AccusationInput.Clarified clarified -> {
                List<AccusedCadre> waiting = awaitingClarification();
                if (!waiting.isEmpty()) {
                    throw new FieldException("clarification", "accusation.error.clarificationsMissing",
                            String.join("、", waiting.stream().map(AccusedCadre::getCadreName).toList()));
                }
                if (!needsClarification()) {
                    requireOpinion(note, "validation.required");
                }
            }
            case AccusationInput.Intake intake -> {
                // The report was taken when it was registered.
            }
            case AccusationInput.Opinion opinion -> {
                // 核查 and 归档 record the opinion and files the step's settings ask for.
            }
        }
    }

    /** Refuses a step that is not the current one, or an input (or entry) that is not its form's. */
    public void requireInput(StepDefinition step, AccusationInput input) {
        requireInput(step, input, "accusation.error.wrongStep");
    }

    private static void requireOpinion(StepNote note, String messageKey) {
        if (note.opinion() == null || note.opinion().isBlank()) {
            throw new FieldException("opinion", messageKey);
        }
    }

    /** A joint meeting held on 联席会议研判 (the step completes once one is recorded). */
    public void recordMeeting(StepDefinition step, LocalDate date, String memberUnits, String conclusions,
                              String actor, LocalDateTime now) {
        requireInput(step, new AccusationInput.JointReview());
        meetings.add(new JointMeeting(this, date, memberUnits, conclusions, actor));
        touch(actor, now);
    }

    /**
     * 认定 on every allegation at once, as the quick log records it. When any finding clears the cadre, the
     * clarification falls due on {@code clarificationDue}; otherwise none is due.
     */
    public void find(Map<Long, FindingType> findings, Map<Long, String> reasons, LocalDate foundOn,
                     LocalDate clarificationDue, String actor, LocalDateTime now) {
        getProgress().requireOpen();
        for (Allegation a : allegations) {
            a.find(findings.get(a.getId()), reasons.get(a.getId()));
        }
        found(foundOn, clarificationDue);
        touch(actor, now);
    }

    private void found(LocalDate on, LocalDate clarificationDue) {
        this.foundOn = on;
        this.clarificationDueOn = needsClarification() ? clarificationDue : null;
    }

    public void refer(String to, LocalDate on, String actor, LocalDateTime now) {
        getProgress().requireOpen();
        referredTo = to;
        referredOn = on;
        touch(actor, now);
    }

    public void clarify(AccusedCadre cadre, LocalDate on, Set<ClarificationMethod> methods, String scopeUnits,
                        String noticeText, Set<Allegation> cleared, String actor, LocalDateTime now) {
        getProgress().requireOpen();
        clarifications.add(new Clarification(this, cadre, on, methods, scopeUnits, noticeText, cleared, actor));
        touch(actor, now);
    }

    public boolean needsClarification() {
        return allegations.stream().anyMatch(a -> a.getFinding() != null && a.getFinding().clears());
    }

    public boolean hasFabricated() {
        return allegations.stream().anyMatch(a -> a.getFinding() == FindingType.FABRICATED);
    }

    /** Cadres cleared by a finding who have not been given their clarification yet. */
    public List<AccusedCadre> awaitingClarification() {
        return accused.stream()
                .filter(c -> allegations.stream().anyMatch(a -> a.getCadreId() == c.getCadreId()
                        && a.getFinding() != null && a.getFinding().clears()))
                .filter(c -> clarifications.stream().noneMatch(k -> k.getCadreId() == c.getCadreId()))
                .toList();
    }

    public Optional<AccusedCadre> accusedCadre(long cadreId) {
        return accused.stream().filter(a -> a.getCadreId() == cadreId).findFirst();
    }

    // --- getters -----------------------------------------------------------------------------

    public String getCaseNo() {
        return caseNo;
    }
}
