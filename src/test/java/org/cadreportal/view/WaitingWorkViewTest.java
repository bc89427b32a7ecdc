package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadreportal.adjustment.ui.MyTasksView;
import org.cadreportal.archive.ui.ReviewQueueView;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Issue 22 item 7: the 待办工作 card on each staff role's home page counts what the list it links to shows
 * (我的待办, 实绩审核, the 查诬 card), and a cadre's home page has no such card.
 */
class WaitingWorkViewTest extends ViewTest {

    private static final Pattern COUNT = Pattern.compile("：(\\d+) 件$");

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerksCardsCountHisTasksHisReviewQueueAndHisAccusationSteps() {
        navigate(HomeView.class);
        long adjustment = count("adjustment", "my-tasks");
        long review = count("archiveReview", "archive/review");
        long accusation = count("accusation", "accusations");
        assertThat(review).as("the demo city has entries waiting for review").isPositive();
        assertThat(accusation).as("the same number as the 查诬 card beside it")
                .isEqualTo(accusationCard());

        navigate(MyTasksView.class);
        assertThat((long) test(grid("task-grid")).size()).isEqualTo(adjustment);
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
        long accusation = count("accusation", "accusations");
        assertThat(accusation).isEqualTo(accusationCard());
        navigate(MyTasksView.class);
        assertThat((long) test(grid("task-grid")).size()).isEqualTo(adjustment);
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

    @SuppressWarnings("unchecked")
    private Grid<Object> grid(String id) {
        return (Grid<Object>) $(Grid.class).id(id);
    }
}
