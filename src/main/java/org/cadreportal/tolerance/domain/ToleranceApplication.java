package org.cadreportal.tolerance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.tolerance.ApplicantType;
import org.cadreportal.tolerance.Exclusion;
import org.cadreportal.tolerance.FindingOutcome;
import org.cadreportal.tolerance.ToleranceForms;
import org.cadreportal.tolerance.ToleranceInput;
import org.cadreportal.workflow.Move;
import org.cadreportal.workflow.WorkflowCase;
import org.cadreportal.workflow.ProcedureDefinition;
import org.cadreportal.workflow.StepDefinition;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A 容错纠错 application: the aggregate that holds its progress through the tolerance procedure and what
 * each step established. Progress moves only through the intention methods, each noting who acted
 * last, so a refused stale move can say who got there first. The rule of the procedure lives here: a
 * finding of 免责 is refused while 核实 found any exclusion.
 */
@Entity
@Table(name = "tolerance_applications")
@Audited
public class ToleranceApplication extends WorkflowCase {

    private String applicationNo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private ApplicantType applicantType;

    @Getter private String matter;

    @Getter private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    @Getter private ToleranceCategory category;

    @ManyToMany
    @JoinTable(name = "tolerance_application_exemptions", joinColumns = @JoinColumn(name = "application_id"),
            inverseJoinColumns = @JoinColumn(name = "exemption_id"))
    @Getter private Set<ExemptionItem> exemptions = new HashSet<>();

    @Getter private String linkedCaseNo;

    @Getter private long cadreId;

    @Getter private String cadreName;

    @Getter private String postTitle;

    @Getter private LocalDate appliedOn;

    @Getter private LocalDate acceptedOn;

    @Getter private LocalDate verifiedOn;

    @Getter private boolean lawBreaking;

    @Getter private boolean privateGain;

    @Getter private boolean majorIncident;

    @Getter private String verificationOpinion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private FindingOutcome outcome;

    @Getter private String findingReasons;

    @Getter private LocalDate decidedOn;

    @Getter private LocalDate feedbackOn;

    @Getter private String feedbackNote;

    @Getter private LocalDate filedOn;

    @Getter private String archiveNo;

    protected ToleranceApplication() {
    }

    /** The case the application becomes: a cadre's, in the cadre's unit, standing on the first step. */
    public record Cadre(long id, String name, UnitView unit, String postTitle) {
    }

    public ToleranceApplication(String applicationNo, ApplicantType applicantType, String matter,
                                String description, ToleranceCategory category, Set<ExemptionItem> exemptions,
                                String linkedCaseNo, Cadre cadre, ProcedureDefinition procedure, LocalDate today,
                                String actor, LocalDateTime now) {
        super(procedure, cadre.unit(), today, actor, now);
        this.applicationNo = applicationNo;
        this.applicantType = applicantType;
        this.matter = matter;
        this.description = description;
        this.category = category;
        this.exemptions.addAll(exemptions);
        this.linkedCaseNo = linkedCaseNo;
        this.cadreId = cadre.id();
        this.cadreName = cadre.name();
        this.postTitle = cadre.postTitle();
        this.appliedOn = today;
    }

    // --- what the kernel's moves mean here ----------------------------------------------------

    /** Once a finding stands the application is reported back and filed, never dropped. */
    @Override
    protected void checkMove(ProcedureDefinition procedure, Move move) {
        if (move instanceof Move.Terminate && outcome != null) {
            throw new PortalException("tolerance.error.afterFinding");
        }
    }

    /**
     * After a send-back, what the steps being redone recorded no longer stands: going back to or before
     * 核实 clears the verification, to or before 认定 the finding, and so on.
     */
    @Override
    protected void moved(ProcedureDefinition procedure, Move move, int from) {
        if (move instanceof Move.SendBack(int target)) {
            for (int ordinal = target; ordinal <= from; ordinal++) {
                clear(procedure.step(ordinal).form());
            }
        }
    }

    // --- what the steps record ----------------------------------------------------------------

    /**
     * Writes what the current step's form recorded: only while the application stands on that step and only
     * from that step's input, so a stale or mistaken call cannot overwrite what an earlier step established.
     */
    public void complete(StepDefinition step, ToleranceInput input, LocalDate today) {
        requireInput(step, input);
        switch (input) {
            case ToleranceInput.Acceptance acceptance -> acceptedOn = today;
            case ToleranceInput.Verification v -> verify(v.exclusionsFound(), v.verificationOpinion(), today);
            case ToleranceInput.Finding f -> {
                checkFinding(f.outcome());
                outcome = f.outcome();
                findingReasons = f.findingReasons();
                decidedOn = today;
            }
            case ToleranceInput.Feedback f -> {
                if (decidedOn != null && f.feedbackOn().isBefore(decidedOn)) {
                    throw new FieldException("feedbackOn", "tolerance.error.feedbackBeforeFinding", decidedOn);
                }
                feedBack(f.feedbackOn(), f.feedbackNote());
            }
            case ToleranceInput.Filing f -> file(f.archiveNo(), today);
            // 申请 is the application itself, recorded when it was registered.
            case ToleranceInput.Application application -> {
            }
        }
    }

    /** Refuses a step that is not the current one, or an input that is not its form's. */
    public void requireInput(StepDefinition step, ToleranceInput input) {
        requireInput(step, input, "tolerance.error.wrongStep");
    }

    private void verify(Set<Exclusion> found, String opinion, LocalDate today) {
        lawBreaking = found.contains(Exclusion.LAW_BREAKING);
        privateGain = found.contains(Exclusion.PRIVATE_GAIN);
        majorIncident = found.contains(Exclusion.MAJOR_INCIDENT);
        verificationOpinion = opinion;
        verifiedOn = today;
    }

    /**
     * Whether 认定 may be made as things stand. 免责 is refused, on the outcome field, when 核实 found
     * law-breaking, private gain or a major incident: such an error may at most have its responsibility
     * reduced, or not be tolerated at all.
     */
    public void checkFinding(FindingOutcome finding) {
        if (finding == null) {
            throw new FieldException("outcome", "validation.required");
        }
        if (verifiedOn == null) {
            throw new PortalException("tolerance.error.notVerified");
        }
        if (finding == FindingOutcome.EXEMPT && !exclusionsFound().isEmpty()) {
            throw new FieldException("outcome", "tolerance.error.exemptExcluded");
        }
    }

    private void feedBack(LocalDate on, String note) {
        feedbackOn = on;
        feedbackNote = note;
    }

    private void file(String number, LocalDate today) {
        archiveNo = number;
        filedOn = today;
    }

    public Set<Exclusion> exclusionsFound() {
        Set<Exclusion> found = EnumSet.noneOf(Exclusion.class);
        if (lawBreaking) {
            found.add(Exclusion.LAW_BREAKING);
        }
        if (privateGain) {
            found.add(Exclusion.PRIVATE_GAIN);
        }
        if (majorIncident) {
            found.add(Exclusion.MAJOR_INCIDENT);
        }
        return found;
    }

    private void clear(String form) {
        switch (form) {
            case ToleranceForms.ACCEPTANCE -> acceptedOn = null;
            case ToleranceForms.VERIFICATION -> verify(EnumSet.noneOf(Exclusion.class), null, null);
            case ToleranceForms.FINDING -> {
                outcome = null;
                findingReasons = null;
                decidedOn = null;
            }
            case ToleranceForms.FEEDBACK -> feedBack(null, null);
            case ToleranceForms.FILING -> file(null, null);
            default -> {
                // 申请 is the application itself: never redone.
            }
        }
    }

    // --- reads ---------------------------------------------------------------------------------

    public String getApplicationNo() {
        return applicationNo;
    }
}
