package org.cadreportal.tolerance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.workflow.NewAttachment;

/**
 * What the actor enters to complete the current step. Which fields a step needs depends on its form
 * (see {@link ToleranceForms}); the service checks them and names the missing field.
 */
public class ToleranceSubmission {

    private String opinion;
    private Set<Exclusion> exclusionsFound = EnumSet.noneOf(Exclusion.class);
    private String verificationOpinion;
    private FindingOutcome outcome;
    private String findingReasons;
    private LocalDate feedbackOn;
    private String feedbackNote;
    private String archiveNo;
    private List<NewAttachment> attachments = new ArrayList<>();

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public Set<Exclusion> getExclusionsFound() {
        return exclusionsFound;
    }

    public void setExclusionsFound(Set<Exclusion> found) {
        this.exclusionsFound = found == null || found.isEmpty() ? EnumSet.noneOf(Exclusion.class) : EnumSet.copyOf(found);
    }

    public String getVerificationOpinion() {
        return verificationOpinion;
    }

    public void setVerificationOpinion(String verificationOpinion) {
        this.verificationOpinion = verificationOpinion;
    }

    public FindingOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FindingOutcome outcome) {
        this.outcome = outcome;
    }

    public String getFindingReasons() {
        return findingReasons;
    }

    public void setFindingReasons(String findingReasons) {
        this.findingReasons = findingReasons;
    }

    public LocalDate getFeedbackOn() {
        return feedbackOn;
    }

    public void setFeedbackOn(LocalDate feedbackOn) {
        this.feedbackOn = feedbackOn;
    }

    public String getFeedbackNote() {
        return feedbackNote;
    }

    public void setFeedbackNote(String feedbackNote) {
        this.feedbackNote = feedbackNote;
    }

    public String getArchiveNo() {
        return archiveNo;
    }

    public void setArchiveNo(String archiveNo) {
        this.archiveNo = archiveNo;
    }

    public List<NewAttachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<NewAttachment> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }
}
