package org.cadreportal.adjustment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.AdjustmentMethod;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.Gender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A case's 任免审批表: the cadre's record with the case's 拟任, 拟免, 任免理由 and 呈报单位. */
// No Spring, no shared state: runs beside the view tests (pom.xml, surefire).
@Execution(ExecutionMode.CONCURRENT)
class CaseAppointmentTest {

    private final UnitViewRepository units = mock(UnitViewRepository.class);
    private final CaseAppointment appointment = new CaseAppointment(messages(), units);

    @Test
    void aMoveDownProposesTheNewPostRemovesTheOldAndGivesItsSituationsMethodAndDecision() {
        AdjustmentCase c = downCase();
        AppointmentRecord r = appointment.of(c, cadre());
        assertThat(r.name()).isEqualTo("张三");
        assertThat(r.resumeLines()).containsExactly("2018.05--  鄂东市某局局长");
        assertThat(r.proposedPost()).isEqualTo("鄂东市某局四级调研员");
        assertThat(r.proposedRemoval()).isEqualTo("鄂东市某局局长");
        assertThat(r.reason()).isEqualTo("""
                年度考核不称职，履职不力
                情形：不担当不作为、年度考核不称职
                调整方式：改任非领导职务
                经2026年11月20日常委会讨论决定。""");
        assertThat(r.reportingUnit()).isEqualTo("中共鄂东市委组织部");
    }

    /** Found by the outside tester: 下〔2026〕… printed the new post as both 现任 and 拟任 once carried out. */
    @Test
    void aDecisionCarriedOutStillPrintsThePostTheCaseWasOpenedOnAsCurrent() {
        AppointmentRecord now = cadre();
        AppointmentRecord moved = new AppointmentRecord(now.cadreId(), now.name(), now.gender(), now.birthDate(),
                now.ethnicity(), "", "", null, null, "", "", "", now.fullTime(), now.partTime(), "鄂东市某局四级调研员",
                "", "", now.resumeLines(), List.of(), List.of(), "", "", List.of(), null, "", now.ageOn(),
                now.filledOn(), "");
        AppointmentRecord r = appointment.of(downCase(), moved);
        assertThat(r.currentPost()).isEqualTo("鄂东市某局局长");
        assertThat(r.proposedPost()).isEqualTo("鄂东市某局四级调研员");
        assertThat(r.proposedRemoval()).isEqualTo("鄂东市某局局长");
    }

    @Test
    void aMoveUpBeforeItsProposalHasNothingToRemoveYet() {
        AdjustmentCase c = downCase();
        when(c.getDirection()).thenReturn(Direction.UP);
        when(c.getProposedPost()).thenReturn(null);
        when(c.getMethod()).thenReturn(null);
        when(c.getMeetingDate()).thenReturn(null);
        when(c.getDecision()).thenReturn(null);
        AppointmentRecord r = appointment.of(c, cadre());
        assertThat(r.proposedPost()).isEmpty();
        assertThat(r.proposedRemoval()).isEmpty();
        assertThat(r.reason()).isEqualTo("年度考核不称职，履职不力");
    }

    private AdjustmentCase downCase() {
        AdjustmentCase c = mock(AdjustmentCase.class);
        when(c.getDirection()).thenReturn(Direction.DOWN);
        when(c.getFormerPost()).thenReturn("局长");
        when(c.getProposedPost()).thenReturn("鄂东市某局四级调研员");
        when(c.getSummary()).thenReturn("年度考核不称职，履职不力");
        Situation a = mock(Situation.class);
        when(a.getNameZh()).thenReturn("年度考核不称职");
        Situation b = mock(Situation.class);
        when(b.getNameZh()).thenReturn("不担当不作为");
        when(c.getSituations()).thenReturn(Set.of(a, b));
        AdjustmentMethod method = mock(AdjustmentMethod.class);
        when(method.getNameZh()).thenReturn("改任非领导职务");
        when(c.getMethod()).thenReturn(method);
        when(c.getMeetingDate()).thenReturn(LocalDate.of(2026, 11, 20));
        when(c.getDecision()).thenReturn("PASSED");
        UnitView unit = mock(UnitView.class);
        when(unit.getId()).thenReturn(23L);
        when(unit.getPath()).thenReturn("/1/23/");
        when(unit.getName()).thenReturn("鄂东市某局");
        when(c.getUnit()).thenReturn(unit);
        UnitView city = mock(UnitView.class);
        when(city.getName()).thenReturn("鄂东市");
        when(units.findById(1L)).thenReturn(Optional.of(city));
        return c;
    }

    private static AppointmentRecord cadre() {
        return new AppointmentRecord(5L, "张三", Gender.MALE, LocalDate.of(1970, 1, 1), "汉族", "", "", null, null, "",
                "", "", AppointmentRecord.Schooling.NONE, AppointmentRecord.Schooling.NONE, "鄂东市某局局长", "", "",
                List.of("2018.05--  鄂东市某局局长"), List.of(), List.of(), "", "", List.of(), null, "",
                LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5), "");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
