package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.cadreportal.award.AwardProposalRow;
import org.cadreportal.award.AwardType;
import org.cadreportal.adjustment.ui.MyTasksView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 我的待办 lists an 优秀 年度考核 grade's 记功 proposal for a clerk, with the award form drafted from it and a
 * dismissal that asks for a reason; other roles do not see the list.
 */
class AwardProposalViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private long proposalId;

    /** An open proposal for an active demo cadre who has none (nor any award, so the count below is his). */
    private long proposalForAFreshCadre() {
        long cadreId = jdbc.queryForObject("""
                select max(c.id) from cadres c where c.status = 'ACTIVE'
                and not exists (select 1 from award_proposals p where p.cadre_id = c.id)
                and not exists (select 1 from award_records a where a.cadre_id = c.id)""", Long.class);
        proposalId = 910_000_000L + cadreId;
        jdbc.update("""
                insert into award_proposals (id, version, cadre_id, open_cadre_id, cadre_name, unit_id, grade_year,
                grade, raised_at, status) select ?, 0, c.id, c.id, c.name, c.unit_id, 2025, 'EXCELLENT',
                current_timestamp, 'OPEN' from cadres c where c.id = ?""", proposalId, cadreId);
        return proposalId;
    }

    /** The proposal and any award recorded from it go again: the demo's figures belong to other tests. */
    @AfterEach
    void removeTheProposal() {
        if (proposalId == 0) {
            return;
        }
        jdbc.query("select award_id from award_proposals where id = ? and award_id is not null",
                rs -> {
                    long awardId = rs.getLong(1);
                    jdbc.update("delete from award_records_aud where id = ?", awardId);
                    jdbc.update("delete from award_records where id = ?", awardId);
                }, proposalId);
        jdbc.update("delete from award_proposals_aud where id = ?", proposalId);
        jdbc.update("delete from award_proposals where id = ?", proposalId);
        proposalId = 0;
    }

    /** The demo's 优秀 grades raise their proposals after startup; the count below waits for them. */
    private void settleGradeEvents() throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && jdbc.queryForObject("select count(*) from event_publication"
                + " where completion_date is null and event_type like '%AnnualGradesRecorded'", Integer.class) > 0) {
            Thread.sleep(100);
        }
    }

    @SuppressWarnings("unchecked")
    private int rowOf(long id) {
        Grid<AwardProposalRow> grid = (Grid<AwardProposalRow>) $(Grid.class).id("award-proposal-grid");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Button action(long id, int index) {
        @SuppressWarnings("unchecked")
        Grid<AwardProposalRow> grid = (Grid<AwardProposalRow>) $(Grid.class).id("award-proposal-grid");
        return (Button) ((HorizontalLayout) test(grid).getCellComponent(rowOf(id), 4)).getComponentAt(index);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from award_proposals where id = ?", String.class, id);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theClerkRecordsTheAwardFromTheDraftedForm() throws InterruptedException {
        long id = proposalForAFreshCadre();
        String cadreName = jdbc.queryForObject("select cadre_name from award_proposals where id = ?", String.class,
                id);
        settleGradeEvents();
        int open = jdbc.queryForObject("select count(*) from award_proposals where status = 'OPEN'", Integer.class);
        navigate(MyTasksView.class);
        assertThat($(Component.class).id("award-proposals").isVisible()).isTrue();
        // The whole city's clerk sees every open proposal, his own among them.
        assertThat($(H3.class).all()).extracting(H3::getText).contains("年度考核优秀提出的记功建议（" + open + "项）");
        assertThat(rowOf(id)).isNotNegative();
        Button record = action(id, 0);
        assertThat(record.getId()).contains("award-proposal-open-" + id);
        assertThat(record.getText()).isEqualTo("登记记功");
        assertThat(action(id, 1).getId()).contains("award-proposal-dismiss-" + id);
        assertThat(action(id, 1).getText()).isEqualTo("不予记功");

        test(record).click();
        @SuppressWarnings("unchecked")
        ComboBox<org.cadreportal.cadre.CadreRow> cadre = $(ComboBox.class).id("award-cadre");
        assertThat(cadre.getValue().name()).isEqualTo(cadreName);
        assertThat(cadre.isReadOnly()).isTrue();
        assertThat($(TextArea.class).id("award-reason").getValue()).isEqualTo("2025年度考核确定为“优秀”等次");
        @SuppressWarnings("unchecked")
        Select<AwardType> type = $(Select.class).id("award-type");
        type.setValue(AwardType.COMMENDATION);
        $(DatePicker.class).id("award-decided").setValue(LocalDate.now(clock).minusDays(1));
        test($(TextField.class).id("award-issued-by")).setValue("中共鄂东市委");
        test($(TextField.class).id("award-document-no")).setValue("鄂东发〔2026〕7号");
        test($(Button.class).id("award-save")).click();

        assertThat(status(id)).isEqualTo("AWARDED");
        assertThat(jdbc.queryForObject("select a.reason from award_records a join award_proposals p"
                + " on p.award_id = a.id where p.id = ?", String.class, id)).isEqualTo("2025年度考核确定为“优秀”等次");
        assertThat(rowOf(id)).isNegative();
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void dismissingAsksForAReason() {
        long id = proposalForAFreshCadre();
        navigate(MyTasksView.class);
        test(action(id, 1)).click();
        test($(Button.class).id("move-confirm")).click();
        TextArea reason = $(TextArea.class).id("move-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(status(id)).isEqualTo("OPEN");

        test(reason).setValue("当年已记三等功，不再重复");
        test($(Button.class).id("move-confirm")).click();
        assertThat(status(id)).isEqualTo("DISMISSED");
        assertThat(jdbc.queryForObject("select reason from award_proposals where id = ?", String.class, id))
                .isEqualTo("当年已记三等功，不再重复");
        assertThat(rowOf(id)).isNegative();
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberSeesNoAwardProposals() {
        proposalForAFreshCadre();
        navigate(MyTasksView.class);
        assertThat($(Component.class).all()).noneMatch(c -> c.getId().filter("award-proposals"::equals).isPresent());
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void aDisciplineOfficerSeesNoAwardProposals() {
        proposalForAFreshCadre();
        navigate(MyTasksView.class);
        assertThat($(Component.class).all()).noneMatch(c -> c.getId().filter("award-proposals"::equals).isPresent());
    }
}
