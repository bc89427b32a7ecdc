package org.cadreportal.adjustment;

import jakarta.validation.Valid;
import java.io.OutputStream;
import java.util.List;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.base.StoredFile;
import org.cadreportal.workflow.StepNote;
import org.cadreportal.workflow.Vote;
import org.cadreportal.workflow.VoteTally;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 能上能下 cases. Reads and moves are limited to the acting user's data scope (a case outside it is
 * missing); a move names the version it was made on and is refused, naming who moved the case, when
 * someone moved it first; only the role the current step names may act on it.
 */
public interface AdjustmentService {

    /** The {@link org.cadreportal.base.LiveUpdates} topic of one case: announced after every move and vote. */
    static String liveTopic(long caseId) {
        return "adjustment/" + caseId;
    }

    Page<CaseRow> page(CaseFilter filter, Pageable pageable);

    long count(CaseFilter filter);

    /** Open cases whose current step one of my roles acts on; overdue first, then by due date. */
    Page<CaseRow> myTasks(Pageable pageable);

    long countMyTasks();

    /** The votes I have to cast: cases at 讨论决定 in my scope where I sit, present, and have not voted yet. */
    Page<CaseRow> myVotes(Pageable pageable);

    CaseDetails get(long id);

    /** The case as it now is, for a page already showing it (a live update): not logged as a second read. */
    CaseDetails reload(long id);

    /** 启动动议: opens a case and records its first step. */
    CaseDetails open(@Valid OpenCaseForm form);

    /**
     * Completes the current step with its form's input, checked by Bean Validation, and the opinion and files;
     * refused when the input is not the current step's form. After 讨论决定 the vote decides the way on.
     */
    CaseDetails completeStep(long id, int version, @Valid StepInput input, StepNote note);

    CaseDetails sendBack(long id, int version, int targetOrdinal, String reason);

    CaseDetails terminate(long id, int version, String reason);

    /** Closes a "down" case after a warning because the cadre improved in time. */
    CaseDetails closeImproved(long id, int version, String reason);

    /**
     * 讨论决定: sets the meeting date, the members entitled to attend, who is absent and why, the chair and
     * the recorder. Only the chair or recorder (before the first set-up: the member with the chair flag) may.
     * Refused once a vote is cast: a meeting held again goes back through the steps before it.
     */
    CaseDetails setUpMeeting(long id, int version, MeetingForm form);

    /**
     * A committee member casts or changes their own vote; votes of different members never collide, and a vote
     * does not make anyone's view of the case stale.
     */
    CaseDetails castVote(long id, Vote vote);

    /** The vote as it stands, read afresh, for the chair or recorder about to close it (refused to others). */
    ClosingOutlook closingOutlook(long id);

    /**
     * 讨论决定's close by the chair or recorder, on the count they confirmed ({@link #closingOutlook}): refused
     * when the count changed meanwhile, never because members voted since the page was drawn.
     */
    CaseDetails closeVote(long id, VoteTally confirmed, StepNote note);

    CaseDetails addVisit(long id, int version, VisitForm form);

    List<ReferenceRow> situations(boolean activeOnly);

    List<ReferenceRow> methods(boolean activeOnly);

    ReferenceRow saveSituation(Long id, Integer version, @Valid ReferenceForm form);

    ReferenceRow saveMethod(Long id, Integer version, @Valid ReferenceForm form);

    /** The committee members who may sit on this case's 讨论决定: those whose scope covers the case. */
    List<UserDirectory.Member> committeeMembers(long caseId);

    /**
     * The 干部任免审批表 record of the case's cadre with the case's 拟任职务, 拟免职务, 任免理由 and 呈报单位 filled in
     * (print it with {@link org.cadreportal.cadre.AppointmentForms}); personal data as the reader may see it.
     */
    org.cadreportal.cadre.AppointmentRecord appointmentRecord(long caseId);

    /** The 呈批表 of a case as a PDF. */
    void writePdf(long id, OutputStream out);

    void exportExcel(CaseFilter filter, OutputStream out);

    StoredFile attachment(long caseId, long attachmentId);

    /** The cases of one cadre, newest first (for the cadre's page). */
    List<CaseRow> casesOfCadre(long cadreId);
}
