package org.cadreportal.supervision;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 大督办's project facts and field records (issue 20 items 4 and 5): the 包保市领导, investment with monthly
 * reports, 开工 and 入库; 暗访督导 and 专题会调度 records whose deadlines become milestones. Items are read with
 * the same scope as {@link SupervisionService}.
 */
public interface ProjectFactsService {

    ItemRecords records(long itemId);

    ItemRecords saveFacts(long itemId, @Valid FactsForm form);

    ItemRecords reportInvestment(long itemId, InvestmentForm form);

    /** Records the inspection; each problem's deadline becomes a milestone of its item. Returns the record's id. */
    long recordInspection(InspectionForm form);

    /** Records the meeting; each decision becomes a milestone of its item or a new draft item. Returns its id. */
    long recordMeeting(SchedulingForm form);

    /** The items grid with the project-fact filters too. */
    Page<ItemRow> page(ItemFilter filter, FactsFilter facts, Pageable pageable);

    InvestmentSums sums(ItemFilter filter, FactsFilter facts);

    /**
     * For the dashboard: the investment of the items online in the period ({@code from}..{@code to}) in the unit
     * subtree ({@code unitId}, or the user's scope): their 总投资 and 年度计划投资 and the 已完成投资 reported for
     * the months the period touches. A sum with no drill-down, not a figure.
     */
    InvestmentSums periodSums(LocalDate from, LocalDate to, Long unitId);

    /** As above, of the items one 包保市领导 ({@code leaderUsername}; null: any) has in charge. */
    InvestmentSums periodSums(LocalDate from, LocalDate to, Long unitId, String leaderUsername);

    /** The items the signed-in user 包保 as a city leader, soonest end first. */
    Page<ItemRow> leaderItems(Pageable pageable);

    /** Who may be named 包保市领导. */
    List<Leader> leaders();
}
