package org.cadreportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardProposalRow;
import org.cadreportal.award.AwardProposalService;
import org.cadreportal.award.AwardType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two of the 记功 proposals the demo's 2025 优秀 grades raised, decided by the clerk as a user would: the
 * oldest dismissed with a reason, the next recorded as a 嘉奖 from the drafted form. The proposals are raised
 * after the demo's transaction commits, so this waits (a bounded time) for the grade events to be handled.
 */
@RequiredArgsConstructor
final class DemoAwardProposals {

    private static final long WAIT_MS = 60_000;

    private final AwardProposalService proposals;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Whether the grade events were handled in time (nothing is decided otherwise). */
    boolean awaitRaised() throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            Integer waiting = jdbc.queryForObject("select count(*) from event_publication where completion_date"
                    + " is null and event_type like '%AnnualGradesRecorded'", Integer.class);
            if (waiting == 0) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Run as the city's clerk; returns how many proposals were decided. */
    int decide() {
        List<AwardProposalRow> open = proposals.openProposals();
        if (open.size() < 2) {
            return 0;
        }
        AwardProposalRow dismissed = open.get(0);
        proposals.dismiss(dismissed.id(), dismissed.version(), "该同志本年度已因同一事项受到表彰，不再重复记功");
        AwardProposalRow awarded = open.get(1);
        AwardForm form = new AwardForm();
        form.setKind(AwardKind.AWARD);
        form.setCadreId(awarded.cadreId());
        form.setType(AwardType.COMMENDATION);
        // Decided in the year after the assessment, so the year's own award figures stay the article's.
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = LocalDate.of(awarded.year() + 1, 1, 20);
        form.setDecidedOn(decided.isAfter(today) ? today : decided);
        form.setIssuedBy("中共鄂东市委");
        form.setDocumentNo("鄂东发〔" + (awarded.year() + 1) + "〕3号");
        form.setReason(awarded.suggestedReason());
        proposals.award(awarded.id(), awarded.version(), form);
        return 2;
    }
}
