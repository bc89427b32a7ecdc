package org.cadreportal.award.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardProposalRow;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.domain.AwardProposal;
import org.cadreportal.award.domain.AwardProposalRepository;
import org.cadreportal.base.FieldException;
import org.cadreportal.cadre.AnnualGrade;
import org.cadreportal.cadre.AnnualGradesRecorded;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.roles.CaseReaders;
import org.cadreportal.workflow.ProposalDesk;
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
@RequiredArgsConstructor
class AwardProposalServiceImpl implements AwardProposalService {

    private final AwardProposalRepository proposals;
    private final ProposalDesk desk;
    private final AwardService awards;
    private final MessageSource messages;

    @Override
    @CaseReaders
    @Transactional(readOnly = true)
    public List<AwardProposalRow> openProposals() {
        return desk.openRows(proposals, p -> new AwardProposalRow(p.getId(), p.getVersion(), p.getCadreId(),
                p.getCadreName(), p.getUnit().getName(), p.getYear(), p.getGrade(), p.getRaisedAt(),
                // The award's reason is a record printed in Chinese, whoever reads the list.
                messages.getMessage("award.proposal.reasonText", new Object[] {String.valueOf(p.getYear()),
                        p.getGrade().officialName()}, Locale.SIMPLIFIED_CHINESE)));
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public AwardRow award(long id, int version, AwardForm form) {
        return desk.act(proposals, id, version, p -> create(p, form),
                (p, saved, actor, now) -> p.awarded(saved.id(), actor, now));
    }

    private AwardRow create(AwardProposal p, AwardForm form) {
        if (form.getKind() != AwardKind.AWARD) {
            throw new FieldException("kind", "award.proposal.error.notAward");
        }
        if (form.getCadreId() == null || form.getCadreId() != p.getCadreId()) {
            throw new FieldException("cadreId", "award.proposal.error.otherCadre");
        }
        return awards.create(form);
    }

    @Override
    @RolesAllowed(AppRoles.CLERK)
    public void dismiss(long id, int version, String reason) {
        desk.dismiss(proposals, id, version, reason);
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
                p.withdraw(desk.actorName(), desk.now());
                proposals.saveAndFlush(p);
            });
            return;
        }
        if (proposals.existsByCadreIdAndYearAndStatusNot(recorded.cadreId(), recorded.year(),
                AwardProposal.Status.WITHDRAWN)) {
            return;
        }
        desk.raise(proposals, recorded, (cadreId, name, unit, now) -> new AwardProposal(cadreId, name, unit,
                recorded.year(), now), "award.notice.proposal.title", "award.notice.proposal.body");
    }
}
