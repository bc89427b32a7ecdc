package org.cadreportal.assessment;

import jakarta.validation.Valid;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.cadreportal.audit.HistoryEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A published plan's data and results. The 考核办 hands out the statistics template and imports it (all rows or
 * none), corrects a statistic cell by cell (kept with its history), and scores; scoring units enter the points of
 * their own indicators. Every change of data scores the plan again. Results are read within the user's scope.
 */
public interface AssessmentService {

    /** The statistics template of a plan: a row per unit and statistics indicator of its group, targets filled in. */
    void writeTemplate(long planId, OutputStream out);

    ImportResult importStatistics(long planId, InputStream workbook);

    /** Corrects one statistic (value, last year's value, target); the plan is scored again. */
    void setStatistic(long planId, long indicatorId, long unitId, BigDecimal actual, BigDecimal previous,
                      BigDecimal target);

    /** Hand-entered values; each only by the office or the indicator's scoring unit. The plan is scored again. */
    void enterScores(long planId, List<@Valid ScoreEntry> entries);

    /** The one calculation of the plan, from its current data. */
    ScoringSummary score(long planId);

    /** A group's ranking, in the user's scope, best first. */
    Page<ResultRow> ranking(long planId, long groupId, Pageable pageable);

    long countRanking(long planId, long groupId);

    UnitSheet sheet(long planId, long unitId);

    /** The events behind a supervision or bonus line of a unit's sheet. */
    List<Evidence> evidence(long planId, long unitId, long indicatorId);

    ValueRow value(long valueId);

    /**
     * The plan's statistics in the user's scope, a row per unit and statistics indicator of its group, a page at a
     * time (sorted by a {@link StatisticRow} SORT_ property, else by group, unit and indicator).
     */
    List<StatisticRow> statistics(long planId, StatisticsFilter filter, Pageable pageable);

    long countStatistics(long planId, StatisticsFilter filter);

    /** 变更历史 of a data row: who changed its value, last year's value or target, when, from what to what. */
    List<HistoryEntry> valueHistory(long valueId);

    /**
     * The hand-entered indicators the user may score: all of them for the 考核办, those assigned to his own unit
     * for a scoring unit's staff, none for anyone else.
     */
    List<IndicatorRow> scoringIndicators(long planId);

    /**
     * Why the plan's scores may not be entered now (a message key: a draft, in 公示, or final and locked), or
     * empty while they are collected.
     */
    java.util.Optional<String> scoringClosed(long planId);

    /** The units one of the user's hand-entered indicators is scored for, with their current values. */
    List<ScoreCell> scoreSheet(long planId, long indicatorId);
}
