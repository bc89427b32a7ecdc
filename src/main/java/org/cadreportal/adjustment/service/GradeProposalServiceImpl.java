package org.cadreportal.adjustment.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseSource;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.GradeProposalRow;
import org.cadreportal.adjustment.GradeProposalService;
import org.cadreportal.adjustment.OpenCaseForm;
import org.cadreportal.adjustment.domain.GradeProposal;
import org.cadreportal.adjustment.domain.GradeProposalRepository;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.domain.CadreProposal;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.cadre.CadreDetails;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.notification.Notifier;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.security.roles.CaseHandlers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals to start a 下 for a poor 年度考核 grade. Raised by {@link GradeProposalListener} as the portal
 * itself, at most one open per cadre and none while the cadre has an open "down" case; the clerks whose scope
 * covers the cadre's unit are told. A clerk opens the case through {@link AdjustmentService#open}, so every
 * rule of 启动动议 applies, or dismisses the proposal with a reason.
 */
@Service
@Transactional
class GradeProposalServiceImpl implements GradeProposalService {

    /** The tenth default situation, 年度考核结果较差 (reference data seeded with this id). */
    static final long ANNUAL_ASSESSMENT_SITUATION = 10L;

    private final GradeProposalRepository proposals;
    private final UnitViewRepository units;
    private final AdjustmentService adjustments;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final DataScope scope;
    private final UserDirectory directory;
    private final Notifier notifier;
    private final MessageSource messages;
    private final Clock clock;

    GradeProposalServiceImpl(GradeProposalRepository proposals, UnitViewRepository units,
                             AdjustmentService adjustments, CadreService cadres, CurrentUsers users, DataScope scope,
                             UserDirectory directory, Notifier notifier, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.units = units;
        this.adjustments = adjustments;
        this.cadres = cadres;
        this.users = users;
        this.scope = scope;
        this.directory = directory;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @CaseHandlers
    @Transactional(readOnly = true)
    public List<GradeProposalRow> openProposals() {
        if (!users.require().has(Role.CLERK)) {
            return List.of();
        }
        return proposals.findOpenInScope(scope.path()).stream()
                .map(p -> new GradeProposalRow(p.getId(), p.getVersion(), p.getCadreId(), p.getCadreName(),
                        p.getUnit().getName(), p.getYear(), p.getGrade(), p.getRaisedAt()))
                .toList();
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public CaseDetails open(long id, int version) {
        GradeProposal p = load(id, version);
        OpenCaseForm form = new OpenCaseForm();
        form.setCadreId(p.getCadreId());
        form.setDirection(Direction.DOWN);
        form.setSource(CaseSource.ANNUAL_ASSESSMENT);
        form.setSituationIds(Set.of(ANNUAL_ASSESSMENT_SITUATION));
        // The case's own summary, edited by the clerk and printed on the Chinese 呈批表.
        form.setSummary(messages.getMessage("adjustment.summary.annualGrade",
                new Object[] {String.valueOf(p.getYear()), p.getGrade().officialName()}, Locale.SIMPLIFIED_CHINESE));
        form.setReference(p.getGrade().resultLine(p.getYear()));
        CaseDetails opened = adjustments.open(form);
        p.caseOpened(opened.id(), actor(), now());
        proposals.saveAndFlush(p);
        return opened;
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void dismiss(long id, int version, String reason) {
        String given = CadreProposal.dismissalReason(reason);
        GradeProposal p = load(id, version);
        p.dismiss(given, actor(), now());
        proposals.saveAndFlush(p);
    }

    /**
     * Raises a proposal for a poor grade, unless the cadre already has an open proposal or an open "down"
     * case, or is no longer in office. Called by the listener as the portal itself.
     */
    @RolesAllowed(AppRoles.CLERK)
    public void raise(AnnualGradesRecorded recorded) {
        if (!recorded.poor() || proposals.existsByOpenCadreId(recorded.cadreId())
                || proposals.countOpenDownCases(recorded.cadreId()) > 0) {
            return;
        }
        CadreDetails cadre = cadres.get(recorded.cadreId());
        if (cadre.status() != CadreStatus.ACTIVE) {
            return;
        }
        UnitView unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        proposals.saveAndFlush(new GradeProposal(cadre.id(), cadre.form().getName(), unit, recorded.year(),
                recorded.grade(), now()));
        String body = StoredText.of("adjustment.notice.proposal.body", cadre.form().getName(), recorded.year(),
                recorded.grade().officialName());
        for (UserDirectory.Member clerk : directory.reaching(Role.CLERK, unit)) {
            notifier.noticeUser(clerk.username(), "adjustment.notice.proposal.title", body, "my-tasks");
        }
    }

    private GradeProposal load(long id, int version) {
        return proposals.atVersionInScope(id, version, scope.path());
    }

    private String actor() {
        return users.require().displayName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
