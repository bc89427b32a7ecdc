package org.cadreportal.supervision.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.Paging;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.security.AppRoles;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.security.CurrentUsers;
import org.cadreportal.security.DataScope;
import org.cadreportal.security.Role;
import org.cadreportal.security.UserDirectory;
import org.cadreportal.security.roles.SupervisionParticipants;
import org.cadreportal.security.roles.SupervisionReaders;
import org.cadreportal.security.roles.SupervisionReporters;
import org.cadreportal.supervision.FactsFilter;
import org.cadreportal.supervision.FactsForm;
import org.cadreportal.supervision.InspectionForm;
import org.cadreportal.supervision.InvestmentForm;
import org.cadreportal.supervision.InvestmentSums;
import org.cadreportal.supervision.ItemFilter;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.ItemRow;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Leader;
import org.cadreportal.supervision.ProjectFactsService;
import org.cadreportal.supervision.SchedulingForm;
import org.cadreportal.supervision.domain.FactsSpecs;
import org.cadreportal.supervision.domain.InvestmentReport;
import org.cadreportal.supervision.domain.InvestmentReportRepository;
import org.cadreportal.supervision.domain.ItemSpecs;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.cadreportal.supervision.domain.SupervisionItemRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional
@RequiredArgsConstructor
class ProjectFactsServiceImpl implements ProjectFactsService {

    private final SupervisionItemRepository items;
    private final InvestmentReportRepository investments;
    private final FieldRecords records;
    private final ItemAccess access;
    private final DataScope scope;
    private final CurrentUsers users;
    private final UserDirectory directory;
    private final EntityManager em;
    private final FiguresQuery figures;
    private final Clock clock;

    @Override
    @SupervisionParticipants
    @Transactional(readOnly = true)
    public ItemRecords records(long itemId) {
        // Shown on the item's page, whose SupervisionService.get logs the read.
        return view(access.readable(itemId, items.findById(itemId)));
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public ItemRecords saveFacts(long itemId, FactsForm form) {
        SupervisionItem item = access.readable(itemId, items.findForUpdate(itemId));
        item.checkVersion(form.version());
        String leaderName = null;
        if (form.leaderUsername() != null && !form.leaderUsername().isBlank()) {
            leaderName = leaders().stream().filter(l -> l.username().equals(form.leaderUsername())).findFirst()
                    .map(Leader::name).orElseThrow(() -> new FieldException("leaderUsername", "validation.required"));
        }
        if (form.totalInvestment() != null && form.annualInvestment() != null
                && form.annualInvestment().compareTo(form.totalInvestment()) > 0) {
            throw new FieldException("annualInvestment", "supervision.error.annualOverTotal");
        }
        if (form.startedOn() != null && form.startedOn().isAfter(today())) {
            throw new FieldException("startedOn", "validation.notFuture");
        }
        if (form.registeredOn() != null && form.registeredOn().isAfter(today())) {
            throw new FieldException("registeredOn", "validation.notFuture");
        }
        if (form.registeredOn() != null && form.startedOn() != null && form.registeredOn().isBefore(form.startedOn())) {
            throw new FieldException("registeredOn", "supervision.error.registeredBeforeStart");
        }
        item.changeFacts(leaderName == null ? null : form.leaderUsername(), leaderName, form.totalInvestment(),
                form.annualInvestment(), form.startedOn(), form.registeredOn());
        return view(flush(item));
    }

    @Override
    @SupervisionReporters
    public ItemRecords reportInvestment(long itemId, InvestmentForm form) {
        // Like a progress report: no version, the row lock orders reports that arrive together.
        SupervisionItem item = access.readable(itemId, items.findForUpdate(itemId));
        if (!access.mayReport(item)) {
            throw new PortalException("supervision.error.notResponsible");
        }
        item.requireOnline();
        YearMonth month = form.month();
        if (month == null) {
            throw new FieldException("month", "validation.required");
        }
        if (month.isAfter(YearMonth.from(today())) || month.isBefore(YearMonth.from(item.getStartDate()))) {
            throw new FieldException("month", "supervision.error.monthOutside");
        }
        BigDecimal amount = form.amount();
        if (amount == null) {
            throw new FieldException("amount", "validation.required");
        }
        if (amount.signum() < 0 || !ItemForm.fitsFigure(amount)) {
            throw new FieldException("amount", "validation.number");
        }
        CurrentUser me = users.require();
        investments.findByItemIdAndMonth(itemId, month.atDay(1)).ifPresentOrElse(
                r -> r.correct(amount, me.username(), me.displayName()),
                () -> investments.save(new InvestmentReport(itemId, month.atDay(1), amount, me.username(),
                        me.displayName())));
        investments.flush();
        item.investmentCompleted(investments.sumFor(itemId));
        return view(flush(item));
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public long recordInspection(InspectionForm form) {
        return records.inspection(form, users.require(), today());
    }

    @Override
    @RolesAllowed(AppRoles.SUPERVISION)
    public long recordMeeting(SchedulingForm form) {
        return records.meeting(form, users.require(), today());
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Page<ItemRow> page(ItemFilter filter, FactsFilter facts, Pageable pageable) {
        return items.findAll(spec(filter, facts), Paging.safe(pageable, ItemViews.SORTABLE)).map(ItemViews::row);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public InvestmentSums sums(ItemFilter filter, FactsFilter facts) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<SupervisionItem> i = q.from(SupervisionItem.class);
        Path<Object> f = i.get("facts");
        q.multiselect(cb.count(i), cb.sum(f.get("totalInvestment")), cb.sum(f.get("annualInvestment")),
                cb.sum(f.get("completedInvestment"))).where(i.get("id").in(FactsSpecs.ids(spec(filter, facts), q, cb)));
        Object[] row = em.createQuery(q).getSingleResult();
        return new InvestmentSums(((Number) row[0]).longValue(), money(row[1]), money(row[2]), money(row[3]));
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public InvestmentSums periodSums(LocalDate from, LocalDate to, Long unitId) {
        return periodSums(from, to, unitId, null);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public InvestmentSums periodSums(LocalDate from, LocalDate to, Long unitId, String leaderUsername) {
        return figures.investment(from, to, scope.narrow(unitId), leaderUsername);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public Page<ItemRow> leaderItems(Pageable pageable) {
        return items.findAll(FactsSpecs.ledBy(users.require().username()), PageRequest.of(pageable.getPageNumber(),
                Math.min(Math.max(pageable.getPageSize(), 1), 500), Sort.by("endDate", "id"))).map(ItemViews::row);
    }

    @Override
    @SupervisionReaders
    @Transactional(readOnly = true)
    public List<Leader> leaders() {
        return directory.members(Role.COMMITTEE).stream().map(m -> new Leader(m.username(), m.displayName()))
                .toList();
    }

    private ItemRecords view(SupervisionItem item) {
        CurrentUser me = users.require();
        boolean manage = me.has(Role.SUPERVISION) && item.getStatus() != ItemStatus.CLOSED;
        boolean report = item.getStatus() == ItemStatus.ONLINE && access.mayReport(item);
        var f = item.getFacts();
        return new ItemRecords(item.getId(), item.getVersion(), item.getItemNo(), new ItemRecords.Facts(
                f.getLeaderUsername(), f.getLeaderName(), f.getTotalInvestment(), f.getAnnualInvestment(),
                f.getCompletedInvestment(), f.getStartedOn(), f.getRegisteredOn()),
                investments.findByItemIdOrderByMonthAsc(item.getId()).stream().map(r -> new ItemRecords.Month(
                        YearMonth.from(r.getMonth()), r.getAmount(), r.getReporterName())).toList(),
                records.inspectionsOf(item.getId()), records.decisionsOn(item.getId()), manage, report);
    }

    private Specification<SupervisionItem> spec(ItemFilter filter, FactsFilter facts) {
        return ItemSpecs.matching(filter, scope.path(), scope.unitPath(filter.unitId()), today())
                .and(FactsSpecs.matching(facts == null ? FactsFilter.none() : facts));
    }

    private SupervisionItem flush(SupervisionItem item) {
        return VersionedEntity.saveAndFlush(items, item);
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO : (BigDecimal) sum;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
