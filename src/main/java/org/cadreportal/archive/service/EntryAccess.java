package org.cadreportal.archive.service;

import java.util.ArrayList;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.domain.EntryTransition;
import java.util.List;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.EntryRow;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.EntryTransitionRow;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.archive.domain.AchievementEntryRepository;
import org.cadreportal.archive.domain.EntryAttachmentRepository;
import org.cadreportal.archive.domain.EntryTransitionRepository;
import org.cadreportal.audit.AccessLog;
import org.cadreportal.audit.AccessTypes;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.workflow.AttachmentRow;
import org.springframework.stereotype.Component;

/**
 * Who may see, edit and review an achievement entry (the data scope, the filer's own entries, four
 * eyes), and the entry's details carrying those same answers, so the view asks nothing again.
 */
@Component
@RequiredArgsConstructor
class EntryAccess {

    private final AchievementEntryRepository entries;
    private final EntryAttachmentRepository attachments;
    private final EntryTransitionRepository transitions;
    private final ArchiveScope scope;
    private final ArchiveNames names;
    private final AccessLog accessLog;

    AchievementEntry editable(long id, int version, DataScope.Reach reach) {
        AchievementEntry entry = editableAnyVersion(id, reach);
        entry.checkVersion(version);
        return entry;
    }

    AchievementEntry editableAnyVersion(long id, DataScope.Reach reach) {
        AchievementEntry entry = accessLog.visible(AccessTypes.ARCHIVE_ENTRY, id, entries.findForUpdate(id),
                e -> scope.covers(reach, e.getCadre()));
        if (!mayEdit(entry, reach)) {
            throw new RecordNotFoundException();
        }
        entry.requireEditable();
        return entry;
    }

    AchievementEntry reviewable(long id, int version, DataScope.Reach reach) {
        AchievementEntry entry = accessLog.visible(AccessTypes.ARCHIVE_ENTRY, id, entries.findForUpdate(id),
                e -> scope.covers(reach, e.getCadre()));
        entry.checkVersion(version);
        if (filedBy(entry, reach)) {
            throw new PortalException("archive.error.fourEyes");
        }
        return entry;
    }

    /** Another unit's entry (or for a cadre, another cadre's) is missing, and the attempt is logged. */
    AchievementEntry visibleEntry(long id, DataScope.Reach reach) {
        return accessLog.visible(AccessTypes.ARCHIVE_ENTRY, id, entries.findWithCadreById(id),
                e -> scope.covers(reach, e.getCadre()));
    }

    EntryDetails details(AchievementEntry e, DataScope.Reach reach) {
        ArchiveNames.Names n = names.load();
        EntryForm form = new EntryForm();
        form.setPeriodId(e.getPeriodId());
        form.setFieldId(e.getFieldId());
        form.setLevelId(e.getLevelId());
        form.setCategoryId(e.getCategoryId());
        form.setRole(e.getRole());
        form.setWhatDone(e.getWhatDone());
        form.setAchieved(e.getAchieved());
        form.setEffect(e.getEffect());
        form.setFigures(new ArrayList<>(e.getFigures()));
        EntryRow row = new EntryRow(e.getId(), e.getCadre().getId(), e.getCadre().getName(),
                e.getCadre().getUnit().getName(), n.period(e.getPeriodId()), n.term(e.getFieldId()),
                n.term(e.getLevelId()), n.term(e.getCategoryId()), e.getRole(), e.getWhatDone(), e.getStatus(),
                e.isLate(), e.getProxyName(), e.getSubmittedAt(), e.getScores().total());
        List<AttachmentRow> files = attachments.findByEntryIdOrderById(e.getId()).stream()
                .map(a -> new AttachmentRow(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes()))
                .toList();
        List<EntryTransitionRow> moves = transitions.findByEntryIdOrderByIdAsc(e.getId()).stream()
                .map(EntryTransition::row)
                .toList();
        boolean canEdit = e.getStatus().editable() && mayEdit(e, reach);
        boolean canReview = e.getStatus() == EntryStatus.SUBMITTED && reach.user().has(Role.CLERK) && !reach.ownOnly()
                && !filedBy(e, reach);
        return new EntryDetails(row, e.getVersion(), form, e.getScores(), e.getReturnReason(), e.getReviewerName(),
                files, moves, canEdit, canReview);
    }

    /**
     * Four eyes: whoever filed the entry on the cadre's behalf, or submitted it, or is the cadre, never reviews
     * it; otherwise one clerk alone could put an accepted entry into the figures and the PDF.
     */
    private boolean filedBy(AchievementEntry entry, DataScope.Reach reach) {
        String me = reach.user().username();
        return me.equalsIgnoreCase(entry.getProxyBy() == null ? "" : entry.getProxyBy())
                || entry.getCadre().getId().equals(reach.user().cadreId())
                || transitions.findByEntryIdOrderByIdAsc(entry.getId()).stream()
                .anyMatch(t -> t.submittedBy(me));
    }

    /** The cadre edits their own entries; a clerk edits those filed on a cadre's behalf. */
    private static boolean mayEdit(AchievementEntry entry, DataScope.Reach reach) {
        boolean own = entry.getCadre().getId().equals(reach.user().cadreId()) && reach.user().has(Role.CADRE);
        boolean proxy = entry.getProxyBy() != null && reach.user().has(Role.CLERK) && !reach.ownOnly();
        return own || proxy;
    }
}
