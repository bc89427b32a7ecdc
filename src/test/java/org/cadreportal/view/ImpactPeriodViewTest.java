package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.ui.CaseListView;
import org.cadreportal.adjustment.ui.CaseView;
import org.cadreportal.cadre.CadreFilter;
import org.cadreportal.cadre.CadreRow;
import org.cadreportal.cadre.CadreService;
import org.cadreportal.cadre.CadreStatus;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * 能下能再上: a cadre moved down carries the impact period in his page's header; opening a 上 for him inside
 * it without a reason is refused on the reason field, and with one the case page shows it.
 */
class ImpactPeriodViewTest extends ViewTest {

    @Autowired
    AdjustmentService cases;

    @Autowired
    CadreService cadres;

    @Autowired
    JdbcTemplate jdbc;

    /** A demo cadre moved down for a situation that allows a reasoned 上, and the end of his impact period. */
    private Object[] cadreInImpact() {
        return jdbc.queryForObject("""
                select a.cadre_id, c.name, a.impact_until from adjustment_cases a join cadres c on c.id = a.cadre_id
                where a.direction = 'DOWN' and a.impact_until >= ?
                and not exists (select 1 from adjustment_case_situations cs join adjustment_situations s
                    on s.id = cs.situation_id where cs.case_id = a.id and s.promotion_in_impact = 'BARRED')
                and not exists (select 1 from adjustment_cases u where u.cadre_id = a.cadre_id and u.direction = 'UP')
                order by a.id limit 1""", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                rs.getDate(3).toLocalDate()}, LocalDate.now());
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void theCadrePageShowsWhenTheImpactPeriodEnds() {
        Object[] cadre = cadreInImpact();
        navigate(CadreView.class, String.valueOf(cadre[0]));
        Span tag = $(Span.class).id("cadre-impact");
        assertThat(tag.isVisible()).isTrue();
        assertThat(tag.getText()).isEqualTo("影响期至 " + cadre[2]);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aMoveUpInsideTheImpactPeriodNeedsAReasonOnItsField() {
        Object[] cadre = cadreInImpact();
        long cadreId = (Long) cadre[0];
        CadreRow row = cadres.page(new CadreFilter((String) cadre[1], null, null, null, null, CadreStatus.ACTIVE),
                PageRequest.of(0, 20)).getContent().stream().filter(r -> r.id() == cadreId).findFirst().orElseThrow();
        long before = cases.casesOfCadre(cadreId).size();
        navigate(CaseListView.class);
        test($(Button.class).id("open-case")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CadreRow> picker = $(ComboBox.class).id("open-cadre");
        picker.setValue(row);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Direction> direction = $(RadioButtonGroup.class).id("open-direction");
        direction.setValue(Direction.UP);
        test($(TextArea.class).id("open-summary")).setValue("影响期内表现突出，拟重新使用。");
        test($(Button.class).id("open-save")).click();

        TextArea reason = $(TextArea.class).id("open-impact-reason");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("影响期内").contains(cadre[2].toString());
        assertThat(cases.casesOfCadre(cadreId)).hasSize((int) before);

        test(reason).setValue("在防汛抢险中冲锋在前、表现突出，经研究拟重新使用。");
        test($(Button.class).id("open-save")).click();
        assertThat(getCurrentView()).isInstanceOf(CaseView.class);
        assertThat($(Div.class).id("case-impact-reason").getElement().getTextRecursively()).contains("在防汛抢险中冲锋在前");
    }
}
