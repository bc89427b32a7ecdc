package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.ui.MyTasksView;
import org.cadreportal.archive.ui.ReviewQueueView;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.supervision.ui.ItemListView;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.CaseFixture;
import org.cadreportal.testing.ViewTest;
import org.cadreportal.workflow.Vote;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 22 item 7: the 待办工作 card on each staff role's home page counts what the list it links to shows
 * (我的待办 with its 容错 and 待您表决 sections, 实绩审核, the 查诬 card), and a cadre's home page has no such card.
 */
class WaitingWorkViewTest extends ViewTest {

    @Autowired
    AdjustmentService cases;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static final Pattern COUNT = Pattern.compile("：(\\d+) 件$");

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerksCardsCountHisTasksHisReviewQueueAndHisAccusationSteps() {
        navigate(HomeView.class);
        long adjustment = count("adjustment", "my-tasks");
        long review = count("archiveReview", "archive/review");
        long accusation = count("accusation", "my-tasks");
        long tolerance = count("tolerance", "my-tasks");
        assertThat(review).as("the demo city has entries waiting for review").isPositive();
        assertThat(accusation).as("the same number as the 查诬 card beside it")
                .isEqualTo(accusationCard());

        navigate(MyTasksView.class);
        assertThat((long) test(grid("task-grid")).size()).isEqualTo(adjustment);
        assertThat(rows("tolerance-task-grid")).isEqualTo(tolerance);
        assertThat(rows("accusation-task-grid")).isEqualTo(accusation);
        navigate(ReviewQueueView.class);
        assertThat((long) test(grid("review-grid")).size()).isEqualTo(review);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMembersCardCountsHisTasks() {
        navigate(HomeView.class);
        long adjustment = count("adjustment", "my-tasks");
        assertThat($(Component.class).withId("home-waiting-archiveReview").exists()).isFalse();
        navigate(MyTasksView.class);
        assertThat((long) test(grid("task-grid")).size()).isEqualTo(adjustment);
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void theDisciplineOfficersCardCountsHisTasks() {
        navigate(HomeView.class);
        long adjustment = count("adjustment", "my-tasks");
        long accusation = count("accusation", "my-tasks");
        long tolerance = count("tolerance", "my-tasks");
        assertThat(accusation).isEqualTo(accusationCard());
        navigate(MyTasksView.class);
        assertThat((long) test(grid("task-grid")).size()).isEqualTo(adjustment);
        assertThat(rows("tolerance-task-grid")).isEqualTo(tolerance);
        assertThat(rows("accusation-task-grid")).isEqualTo(accusation);
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerksCardsCountHisOwnListsOnly() {
        navigate(HomeView.class);
        long adjustment = count("adjustment", "my-tasks");
        long tolerance = count("tolerance", "my-tasks");
        long accusation = count("accusation", "my-tasks");
        assertThat(accusation).isEqualTo(accusationCard());
        navigate(MyTasksView.class);
        assertThat((long) test(grid("task-grid")).size()).isEqualTo(adjustment);
        assertThat(rows("tolerance-task-grid")).isEqualTo(tolerance);
        assertThat(rows("accusation-task-grid")).isEqualTo(accusation);
    }

    /**
     * A member seated at an open 讨论决定 has a vote to cast: the card's votes line counts the cases 我的待办 lists under
     * 待您表决, and casting the vote takes the case off both.
     */
    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE_2)
    void aSeatedMembersVotesToCastAreCountedAndLeaveOnceCast() {
        LocalDate today = LocalDate.now(clock);
        AsUser as = new AsUser(userDetails);
        CaseFixture fixture = new CaseFixture(cases, as, jdbc);
        CaseDetails c = fixture.toDecision(fixture.open(fixture.freshCountyCadre(9), Direction.UP, "待表决（测试）"),
                "县发展和改革局局长", CadreRank.SECTION_HEAD, today);
        long id = c.id();
        as.call(DemoAccounts.COMMITTEE, () -> cases.setUpMeeting(id, cases.get(id).version(),
                new MeetingForm(today, Set.copyOf(CaseFixture.MEMBERS), Map.of(), null, null)));

        try {
            seatedVoteCounts(id);
        } finally {
            as.call(DemoAccounts.COMMITTEE, () -> cases.terminate(id, cases.get(id).version(), "测试结束"));
        }
    }

    private void seatedVoteCounts(long id) {
        navigate(HomeView.class);
        long votes = count("votes", "my-tasks");
        assertThat(votes).as("the case just set up waits for his vote").isPositive();
        navigate(MyTasksView.class);
        assertThat(rows("vote-grid")).isEqualTo(votes);

        cases.castVote(id, Vote.AGREE);
        navigate(HomeView.class);
        assertThat(count("votes", "my-tasks")).isEqualTo(votes - 1);
        navigate(MyTasksView.class);
        assertThat(rows("vote-grid")).isEqualTo(votes - 1);
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void theSupervisionOfficersLinesOpenTheItemListFilteredToWhatTheyCount() {
        navigate(HomeView.class);
        long drafts = count("supervisionDraft", "supervision?status=DRAFT");
        long reds = count("supervisionRed", "supervision?status=ONLINE&light=RED");
        assertThat(reds).as("the demo year left items on red").isPositive();

        // As the anchor does: the route with its query (the test's navigate takes no query).
        UI.getCurrent().navigate(ItemListView.class, QueryParameters.fromString("status=DRAFT"));
        assertThat((long) test(grid("item-grid")).size()).isEqualTo(drafts);
        UI.getCurrent().navigate(ItemListView.class, QueryParameters.fromString("status=ONLINE&light=RED"));
        assertThat((long) test(grid("item-grid")).size()).isEqualTo(reds);
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void rolesThatWorkNoCasesHaveNoCaseLines() {
        navigate(HomeView.class);
        for (String kind : List.of("adjustment", "votes", "accusation", "tolerance", "archiveReview")) {
            assertThat($(Component.class).withId("home-waiting-" + kind).exists()).as(kind).isFalse();
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void aCadreHasNoWaitingWorkCard() {
        navigate(HomeView.class);
        assertThat($(Component.class).withId("home-waiting-work").exists()).isFalse();
    }

    /** The line's count, 0 when the card leaves it out, checking where it links. */
    private long count(String kind, String link) {
        var line = $(Anchor.class).withId("home-waiting-" + kind);
        if (!line.exists()) {
            return 0;
        }
        Anchor a = line.single();
        assertThat(a.getHref()).isEqualTo(link);
        Matcher m = COUNT.matcher(a.getText());
        assertThat(m.find()).as(a.getText()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long accusationCard() {
        var card = $(Component.class).withId("home-accusation-tasks");
        if (!card.exists()) {
            return 0;
        }
        Matcher m = Pattern.compile("查诬澄清待办 (\\d+) 件").matcher(card.single().getElement().getTextRecursively());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The rows of a 我的待办 section's grid; 0 when the section is hidden because nothing waits. */
    private long rows(String gridId) {
        var grid = $(Grid.class).withId(gridId);
        return grid.exists() ? test(grid(gridId)).size() : 0;
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return (Grid<Object>) $(Grid.class).id(id);
    }
}
