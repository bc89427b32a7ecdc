package org.cadreportal.adjustment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.workflow.NewAttachment;

/**
 * What the actor enters to complete the current step. Which fields a step needs depends on its form
 * (see {@link StepForms}); the service checks them and names the missing field.
 */
public class StepSubmission {

    private String opinion;
    private Set<Long> situationIds = new HashSet<>();
    private LocalDate warningDate;
    private String warningContent;
    private LocalDate improvementDeadline;
    private String statement;
    private Long methodId;
    private String proposedPost;
    private CadreRank proposedRank;
    private String integrityOpinion;
    private String talkRecord;
    private String documentNo;
    private LocalDate effectiveDate;
    private String closingAssessment;
    private boolean reuseRecommended;
    private List<NewAttachment> attachments = new ArrayList<>();

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public Set<Long> getSituationIds() {
        return situationIds;
    }

    public void setSituationIds(Set<Long> situationIds) {
        this.situationIds = situationIds == null ? new HashSet<>() : new HashSet<>(situationIds);
    }

    public LocalDate getWarningDate() {
        return warningDate;
    }

    public void setWarningDate(LocalDate warningDate) {
        this.warningDate = warningDate;
    }

    public String getWarningContent() {
        return warningContent;
    }

    public void setWarningContent(String warningContent) {
        this.warningContent = warningContent;
    }

    public LocalDate getImprovementDeadline() {
        return improvementDeadline;
    }

    public void setImprovementDeadline(LocalDate improvementDeadline) {
        this.improvementDeadline = improvementDeadline;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public Long getMethodId() {
        return methodId;
    }

    public void setMethodId(Long methodId) {
        this.methodId = methodId;
    }

    public String getProposedPost() {
        return proposedPost;
    }

    public void setProposedPost(String proposedPost) {
        this.proposedPost = proposedPost;
    }

    public CadreRank getProposedRank() {
        return proposedRank;
    }

    public void setProposedRank(CadreRank proposedRank) {
        this.proposedRank = proposedRank;
    }

    public String getIntegrityOpinion() {
        return integrityOpinion;
    }

    public void setIntegrityOpinion(String integrityOpinion) {
        this.integrityOpinion = integrityOpinion;
    }

    public String getTalkRecord() {
        return talkRecord;
    }

    public void setTalkRecord(String talkRecord) {
        this.talkRecord = talkRecord;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getClosingAssessment() {
        return closingAssessment;
    }

    public void setClosingAssessment(String closingAssessment) {
        this.closingAssessment = closingAssessment;
    }

    public boolean isReuseRecommended() {
        return reuseRecommended;
    }

    public void setReuseRecommended(boolean reuseRecommended) {
        this.reuseRecommended = reuseRecommended;
    }

    public List<NewAttachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<NewAttachment> attachments) {
        this.attachments = attachments == null ? new ArrayList<>() : new ArrayList<>(attachments);
    }
}
