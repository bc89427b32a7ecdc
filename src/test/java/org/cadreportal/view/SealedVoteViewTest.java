package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.CaseFilter;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.workflow.CaseStatus;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 讨论决定 while the vote is open: every reader sees who has voted and who has not, and how many have
 * voted, but not how anyone else voted nor the for/against count; a member sees his own vote. Once the
 * vote is closed the full record is shown. The demo case under way at 讨论决定 has five members present,
 * of whom 赵立新 and 钱国华 have voted 同意.
 */
class SealedVoteViewTest extends ViewTest {

    private static final int VOTE_COLUMN = 2;

    @Autowired
    AdjustmentService cases;
    @Autowired
    JdbcTemplate jdbc;

    private long openVote() {
        return cases.page(new CaseFilter(null, null, "DECIDE", CaseStatus.OPEN, null, null, false),
                PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    /** A case whose vote was closed with 同意 and 不同意 among the votes. */
    private long closedSplitVote() {
        return jdbc.queryForObject("""
                select min(c.id) from adjustment_cases c where c.decision is not null
                and exists (select 1 from meeting_seats s where s.case_id = c.id and s.vote = 'AGREE')
                and exists (select 1 from meeting_seats s where s.case_id = c.id and s.vote = 'DISAGREE')""",
                Long.class);
    }

    /** The 表决 column of the seats grid, row by row. */
    @SuppressWarnings("unchecked")
    private List<String> seatVotes() {
        Grid<SeatRow> grid = (Grid<SeatRow>) $(Grid.class).id("meeting-seats");
        List<String> votes = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            votes.add(test(grid).getCellText(row, VOTE_COLUMN));
        }
        return votes;
    }

    private String tallyText() {
        return $(Paragraph.class).id("meeting-tally").getText();
    }

    /** The rule line states the rule (which names 同意票) and, once closed, nothing more; never a forecast. */
    private String ruleText() {
        return $(Paragraph.class).id("meeting-rule").getText();
    }

    private static String rowOf(CaseDetails c, String username, List<String> votes) {
        return votes.get(c.steps().meeting().seats().stream().map(SeatRow::username).toList().indexOf(username));
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE_3)
    void anotherMemberSeesWhoHasVotedButNotHow() {
        long id = openVote();
        CaseDetails c = cases.get(id);
        assertThat(c.steps().meeting().seats()).as("no other member's choice leaves the service")
                .allSatisfy(s -> assertThat(s.vote()).isNull());
        assertThat(c.steps().meeting().tally()).as("no for/against count while the vote is open").isNull();

        navigate(CaseView.class, id);
        List<String> votes = seatVotes();
        assertThat(votes).containsOnly("已表决", "未表决");
        assertThat(votes).filteredOn("已表决"::equals).hasSize(2);
        assertThat(tallyText()).contains("已表决2人").doesNotContain("同意", "弃权");
        assertThat(ruleText()).doesNotContain("通过");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerkSeesWhoHasVotedButNotHow() {
        long id = openVote();
        assertThat(cases.get(id).steps().meeting().seats()).allSatisfy(s -> assertThat(s.vote()).isNull());

        navigate(CaseView.class, id);
        assertThat(seatVotes()).containsOnly("已表决", "未表决").filteredOn("已表决"::equals).hasSize(2);
        assertThat(tallyText()).contains("已表决2人").doesNotContain("同意", "弃权");
        assertThat(ruleText()).doesNotContain("通过");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aMemberSeesHisOwnVoteAndOnlyThat() {
        long id = openVote();
        CaseDetails c = cases.get(id);
        assertThat(c.viewer().myVote()).isEqualTo(Vote.AGREE);
        assertThat(c.steps().meeting().seats()).filteredOn(s -> s.vote() != null)
                .extracting(SeatRow::username).containsExactly(DemoAccounts.COMMITTEE);

        navigate(CaseView.class, id);
        List<String> votes = seatVotes();
        assertThat(rowOf(c, DemoAccounts.COMMITTEE, votes)).isEqualTo("同意");
        assertThat(rowOf(c, DemoAccounts.COMMITTEE_2, votes)).isEqualTo("已表决");
        assertThat(votes).filteredOn("同意"::equals).hasSize(1);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE_3)
    void onceTheVoteIsClosedEveryVoteAndTheTallyAreShown() {
        long id = closedSplitVote();
        CaseDetails c = cases.get(id);
        assertThat(c.steps().meeting().tally()).isNotNull();
        assertThat(c.steps().meeting().tally().agree()).isPositive();
        assertThat(c.steps().meeting().tally().disagree()).isPositive();

        assertThat(c.steps().meeting().seats()).filteredOn(SeatRow::attended).allSatisfy(s -> assertThat(s.vote()).isNotNull());

        // The closed vote is on record in the 讨论决定 step, each member's vote by name.
        navigate(CaseView.class, id);
        String page = getCurrentView().getElement().getTextRecursively();
        c.steps().meeting().seats().stream().filter(SeatRow::attended).forEach(s ->
                assertThat(page).contains(s.displayName() + " " + s.vote().chinese()));
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void thePrintedRecordOfAnOpenVoteNamesNoChoice() throws IOException {
        String open = pdfText(openVote());
        assertThat(open).contains("已表决").doesNotContainPattern("(同意|弃权)\\d+票")
                .doesNotContainPattern("出席\\s*(同意|不同意|弃权)");
        String closed = pdfText(closedSplitVote());
        assertThat(closed).containsPattern("出席\\s*同意").containsPattern("出席\\s*不同意");
    }

    private String pdfText(long id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cases.writePdf(id, out);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
