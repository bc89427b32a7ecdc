package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.award.AwardFilter;
import org.cadreportal.award.AwardForm;
import org.cadreportal.award.AwardKind;
import org.cadreportal.award.AwardRow;
import org.cadreportal.award.AwardService;
import org.cadreportal.award.AwardType;
import org.cadreportal.award.ui.AwardListView;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.TimelineEntry;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** What each role sees and may do on the 记功奖励 / 公开批评 list. */
class AwardViewTest extends ViewTest {

    @Autowired
    AwardService awards;

    @Autowired
    CadreService cadres;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private boolean present(String id) {
        return $(Component.class).all().stream().anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    @SuppressWarnings("unchecked")
    private Grid<AwardRow> grid() {
        return $(Grid.class).id("award-grid");
    }

    private void remove(long id) {
        jdbc.update("delete from award_records_aud where id = ?", id);
        jdbc.update("delete from award_records where id = ?", id);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkAddsAnAwardAndSeesItInTheListAndOnTheCadresTimeline() {
        CadreRow cadre = cadres.page(CadreFilter.active(), PageRequest.of(77, 1)).getContent().getFirst();
        LocalDate day = LocalDate.now(clock).minusDays(3);
        navigate(AwardListView.class);
        test($(Button.class).id("award-add")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("award-cadre");
        picker.setValue(cadre);
        @SuppressWarnings("unchecked")
        Select<AwardType> type = $(Select.class).id("award-type");
        type.setValue(AwardType.THIRD_CLASS);
        $(DatePicker.class).id("award-decided").setValue(day);
        test($(TextField.class).id("award-issued-by")).setValue("市委、市政府");
        test($(TextArea.class).id("award-reason")).setValue("在抗旱保供工作中成绩突出（测试）");

        // Without the document number nothing is saved and the field says why.
        test($(Button.class).id("award-save")).click();
        TextField documentNo = $(TextField.class).id("award-document-no");
        assertThat(documentNo.isInvalid()).isTrue();
        assertThat(documentNo.getErrorMessage()).isEqualTo("必填项");
        assertThat(awards.count(new AwardFilter(AwardKind.AWARD, "抗旱保供", null, null, null, null))).isZero();

        test(documentNo).setValue("市委发〔2026〕99号");
        test($(Button.class).id("award-save")).click();
        AwardRow saved = awards.page(new AwardFilter(AwardKind.AWARD, "抗旱保供", null, null, null, null),
                PageRequest.of(0, 5)).getContent().getFirst();
        try {
            assertThat(present("award-cadre")).isFalse();
            test($(TextField.class).id("award-search")).setValue("抗旱保供");
            assertThat(test(grid()).size()).isEqualTo(1);
            AwardRow row = test(grid()).getRow(0);
            assertThat(row.cadreName()).isEqualTo(cadre.name());
            assertThat(row.type()).isEqualTo(AwardType.THIRD_CLASS);
            assertThat(test(grid()).getCellText(0, 2)).isEqualTo("三等功");

            List<TimelineEntry> timeline = cadres.timeline(cadre.id());
            assertThat(timeline).anySatisfy(e -> {
                assertThat(e.kindKey()).isEqualTo("timeline.kind.award");
                assertThat(e.date()).isEqualTo(day);
                assertThat(e.title()).isEqualTo("三等功");
                assertThat(e.detail()).contains("市委发〔2026〕99号", "抗旱保供");
                assertThat(e.link()).isEqualTo("awards");
            });
        } finally {
            remove(saved.id());
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCountyClerkSeesOnlyTheCountysAwardsAndCriticismsAndAnotherUnitsRecordIsMissing() {
        String county = jdbc.queryForObject("select path from units where code = ?", String.class,
                DemoAccounts.COUNTY_CODE);
        String inCounty = """
                select count(*) from award_records a join units u on u.id = a.unit_id
                where a.kind = ? and u.path like concat(?, '%')""";
        long awardsInCounty = jdbc.queryForObject(inCounty, Long.class, "AWARD", county);
        long criticismsInCounty = jdbc.queryForObject(inCounty, Long.class, "CRITICISM", county);
        assertThat(criticismsInCounty).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from award_records", Long.class))
                .isGreaterThan(awardsInCounty + criticismsInCounty);

        navigate(AwardListView.class);
        assertThat(test(grid()).size()).isEqualTo((int) awardsInCounty);
        $(Tabs.class).id("award-tabs").setSelectedIndex(1);
        assertThat(test(grid()).size()).isEqualTo((int) criticismsInCounty);
        assertThat(test(grid()).getRow(0).kind()).isEqualTo(AwardKind.CRITICISM);
        assertThat(present("award-type-filter")).isFalse();

        long outside = jdbc.queryForObject("""
                select min(a.id) from award_records a join units u on u.id = a.unit_id
                where u.path not like concat(?, '%')""", Long.class, county);
        assertThatThrownBy(() -> awards.get(outside))
                .isInstanceOf(org.cadreportal.base.RecordNotFoundException.class);
        assertThatThrownBy(() -> awards.delete(outside, 0))
                .isInstanceOf(org.cadreportal.base.RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberReadsButCannotEdit() {
        navigate(AwardListView.class);
        assertThat(test(grid()).size()).isPositive();
        assertThat(present("award-add")).isFalse();
        AwardRow row = test(grid()).getRow(0);
        assertThat(row.mayEdit()).isFalse();
        assertThat(present("award-edit-" + row.id())).isFalse();
        assertThat(present("award-delete-" + row.id())).isFalse();

        AwardForm form = AwardForm.of(row);
        assertThatThrownBy(() -> awards.update(row.id(), row.version(), form)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> awards.delete(row.id(), row.version())).isInstanceOf(AccessDeniedException.class);
    }
}
