package org.cadreportal.award.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardProposalRow;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.domain.AwardProposal;
import org.cadreportal.award.domain.AwardProposalRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.domain.CadreProposal;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.AnnualGrade;
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
import org.cadreportal.security.roles.CaseReaders;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Proposals to record a 记功奖励 for an 优秀 年度考核 grade. Raised by {@link AwardProposalListener} as the
 * portal itself, once per cadre and year (a dismissed or awarded year is not raised again when the grade is
 * saved again), and only for a cadre in office; the clerks whose scope covers the cadre's unit are told. A
 * grade changed away from 优秀 withdraws the year's open proposal: the award would stand on nothing. A clerk
 * records the award through {@link AwardService#create}, so every rule of the award form applies.
 */
@Service
@Validated
@Transactional
class AwardProposalServiceImpl implements AwardProposalService {

    private final AwardProposalRepository proposals;
    private final UnitViewRepository units;
    private final AwardService awards;
    private final CadreService cadres;
    private final CurrentUsers users;
    private final DataScope scope;
    private final UserDirectory directory;
    private final Notifier notifier;
    private final MessageSource messages;
    private final Clock clock;

    AwardProposalServiceImpl(AwardProposalRepository proposals, UnitViewRepository units, AwardService awards,
                             CadreService cadres, CurrentUsers users, DataScope scope, UserDirectory directory,
                             Notifier notifier, MessageSource messages, Clock clock) {
        this.proposals = proposals;
        this.units = units;
        this.awards = awards;
        this.cadres = cadres;
        this.users = users;
        this.scope = scope;
        this.directory = directory;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<AwardProposalRow> openProposals() {
        if (!users.require().has(Role.CLERK)) {
            return List.of();
        }
        return proposals.findOpenInScope(scope.path()).stream()
                .map(p -> new AwardProposalRow(p.getId(), p.getVersion(), p.getCadreId(), p.getCadreName(),
                        p.getUnit().getName(), p.getYear(), p.getGrade(), p.getRaisedAt(),
                        // The award's reason is a record printed in Chinese, whoever reads the list.
                        messages.getMessage("award.proposal.reasonText", new Object[] {String.valueOf(p.getYear()),
                                p.getGrade().officialName()}, Locale.SIMPLIFIED_CHINESE)))
                .toList();
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AwardRow award(long id, int version, AwardForm form) {
        AwardProposal p = load(id, version);
        if (form.getKind() != AwardKind.AWARD) {
            throw new FieldException("kind", "award.proposal.error.notAward");
        }
        if (form.getCadreId() == null || form.getCadreId() != p.getCadreId()) {
            throw new FieldException("cadreId", "award.proposal.error.otherCadre");
        }
        AwardRow saved = awards.create(form);
        p.awarded(saved.id(), actor(), now());
        proposals.saveAndFlush(p);
        return saved;
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void dismiss(long id, int version, String reason) {
        String given = CadreProposal.dismissalReason(reason);
        AwardProposal p = load(id, version);
        p.dismiss(given, actor(), now());
        proposals.saveAndFlush(p);
    }

    /**
     * An 优秀 grade raises the year's proposal unless one was raised already (open, awarded or dismissed) or
     * the cadre is no longer in office; any other grade withdraws the year's open proposal. Called by the
     * listener as the portal itself.
     */
    @RolesAllowed(AppRoles.CLERK)
    public void gradeRecorded(AnnualGradesRecorded recorded) {
        if (recorded.grade() != AnnualGrade.EXCELLENT) {
            proposals.findByOpenCadreIdAndYear(recorded.cadreId(), recorded.year()).ifPresent(p -> {
                p.withdraw(actor(), now());
                proposals.saveAndFlush(p);
            });
            return;
        }
        if (proposals.existsByCadreIdAndYearAndStatusNot(recorded.cadreId(), recorded.year(),
                AwardProposal.Status.WITHDRAWN)) {
            return;
        }
        CadreDetails cadre = cadres.get(recorded.cadreId());
        if (cadre.status() != CadreStatus.ACTIVE) {
            return;
        }
        UnitView unit = units.findById(cadre.form().getUnitId()).orElseThrow(RecordNotFoundException::new);
        proposals.saveAndFlush(new AwardProposal(cadre.id(), cadre.form().getName(), unit, recorded.year(), now()));
        String body = StoredText.of("award.notice.proposal.body", cadre.form().getName(), recorded.year(),
                recorded.grade().officialName());
        for (UserDirectory.Member clerk : directory.reaching(Role.CLERK, unit)) {
            notifier.noticeUser(clerk.username(), "award.notice.proposal.title", body, "my-tasks");
        }
    }

    private AwardProposal load(long id, int version) {
        return proposals.atVersionInScope(id, version, scope.path());
    }

    private String actor() {
        return users.require().displayName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
