package org.cadreportal.assessment;

import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The results procedure of a plan: 初步结果 (a scored, published plan) → 公示 to the units for a number of working
 * days → 申诉 (a unit appeals an indicator; the 考核办 accepts, correcting the data and scoring again, or rejects with
 * a reason) → 最终结果, locked. During 公示 the plan's data change only through accepted appeals.
 *
 * <p>The 公示 window is inclusive at both ends: it opens on its start date and closes at the end of its end date,
 * the day on which the given number of working days is complete, the start date counting as the first when it is
 * a working day (公示 of 5 working days from Monday 2026-01-05 ends on Friday 2026-01-09).
 */
public interface AppealService {

    Publicity publicity(long planId);

    /** The last day of a 公示 of {@code workingDays} from {@code start} (both included), on the holiday calendar. */
    LocalDate publicityEnd(LocalDate start, int workingDays);

    /** 初步结果 → 公示, from a scored, published plan; the units' clerks are told. */
    Publicity startPublicity(long planId, int version, LocalDate start, int workingDays);

    /** A unit's user appeals one indicator of the unit's result, within the window; one open appeal per line. */
    AppealRow fileAppeal(long planId, long unitId, long indicatorId, String reason, String evidence);

    /** The 考核办 records a written appeal it received on {@code receivedOn}, a day within the window. */
    AppealRow recordAppeal(long planId, long unitId, long indicatorId, String reason, String evidence,
                           LocalDate receivedOn);

    /**
     * Decides an open appeal during 公示: a rejection needs a reason and changes nothing; an acceptance writes the
     * correction into the plan's data and scores the plan again.
     */
    AppealRow decideAppeal(long appealId, int version, boolean accept, String reason, Correction correction);

    /** 公示 → 最终结果: refused before the window ended, while an appeal is open, or below the statistics minimum. */
    Publicity finalizeResults(long planId, int version);

    /** Whether the signed-in user may appeal this unit's lines now (a unit's user, in 公示, within the window). */
    boolean canAppeal(long planId, long unitId);

    /** The plan's appeals in the user's scope, newest first. */
    Page<AppealRow> appeals(long planId, AppealFilter filter, Pageable pageable);

    long countAppeals(long planId, AppealFilter filter);

    AppealRow appeal(long appealId);
}
