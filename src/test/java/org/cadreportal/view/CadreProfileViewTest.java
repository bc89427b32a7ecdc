package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The 任免信息 tab: personal data only for the roles allowed it, refusals on their fields, English labels. */
class CadreProfileViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long demoCadre() {
        return jdbc.queryForObject("select min(id) from cadres where cadre_code like 'GB%' and status = 'ACTIVE'",
                Long.class);
    }

    private void openAppointmentTab(long cadreId) {
        navigate(CadreView.class, String.valueOf(cadreId));
        String label = UI.getCurrent().getTranslation("cadre.tab.appointment");
        Tab tab = $(Tab.class).all().stream().filter(t -> label.equals(t.getLabel())).findFirst().orElseThrow();
        $(TabSheet.class).id("cadre-tabs").setSelectedTab(tab);
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void supervisionReadsTheProfileWithoutIdentityNumberOrFamily() {
        long id = demoCadre();
        openAppointmentTab(id);
        assertThat($(Span.class).id("profile-personal-hidden").isVisible()).isTrue();
        assertThat($(TextField.class).all()).extracting(TextField::getId)
                .noneMatch(i -> i.isPresent() && (i.get().equals("profile-idNumber") || i.get().startsWith("profile-family")));
        assertThat($(TextField.class).id("profile-nativePlace").getValue()).isNotBlank();
        assertThat($(TextField.class).id("profile-nativePlace").isReadOnly()).isTrue();
        assertThat($(Button.class).all()).extracting(Button::getId).noneMatch(i -> i.equals(java.util.Optional.of(
                "save-appointment-profile")));
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerksBadIdentityNumberAndResumeLineAreRefusedOnTheirFields() {
        long id = demoCadre();
        String stored = jdbc.queryForObject("select id_number from cadres where id = ?", String.class, id);
        openAppointmentTab(id);
        TextField number = $(TextField.class).id("profile-idNumber");
        assertThat(number.getValue()).isEqualTo(stored);
        test(number).setValue(stored.substring(0, 6) + "20000101" + stored.substring(14));
        TextArea resume = $(TextArea.class).id("profile-resume");
        test(resume).setValue("1999.07--2003.13  东安县某局科员");
        test($(Button.class).id("save-appointment-profile")).click();
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isIn(UI.getCurrent().getTranslation("cadre.error.idNumberCheck"),
                UI.getCurrent().getTranslation("cadre.error.idNumberBirth"));
        assertThat(resume.isInvalid()).isTrue();
        assertThat(resume.getErrorMessage()).contains("1999.07--2003.13");
        assertThat(jdbc.queryForObject("select id_number from cadres where id = ?", String.class, id)).isEqualTo(stored);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void inEnglishTheTabIsEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        try {
            openAppointmentTab(demoCadre());
            assertThat($(TextField.class).id("profile-nativePlace").getLabel()).isEqualTo("Native place");
            String labels = String.join(" ", $(TextField.class).all().stream().map(TextField::getLabel)
                    .filter(java.util.Objects::nonNull).toList());
            assertThat(Pattern.compile("\\p{IsHan}").matcher(labels).find()).as(labels).isFalse();
        } finally {
            UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        }
    }
}
