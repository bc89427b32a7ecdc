package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import org.cadreportal.cadre.ui.CadreListView;
import org.cadreportal.cadre.ui.CadreView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who sees the LRMX import (clerks, next to the roster import) and the LRMX export on a cadre's page. */
class LrmxViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    private long firstCadre() {
        return jdbc.queryForObject("select min(id) from cadres where status = 'ACTIVE'", Long.class);
    }

    private boolean has(String id) {
        return $(com.vaadin.flow.component.Component.class).all().stream()
                .anyMatch(c -> c.getId().filter(id::equals).isPresent());
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aClerkOpensTheImportDialogWithTheUnitForNewCadresAndExportsACadre() {
        navigate(CadreListView.class);
        assertThat($(Button.class).id("import-roster").isVisible()).isTrue();
        test($(Button.class).id("import-lrmx")).click();

        assertThat($(Upload.class).id("lrmx-upload")).isNotNull();
        assertThat($(ComboBox.class).id("lrmx-unit").getLabel()).isEqualTo("新增干部的单位");

        navigate(CadreView.class, String.valueOf(firstCadre()));
        assertThat($(Anchor.class).id("export-lrmx").getText()).isEqualTo("导出LRMX");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberExportsButHasNoImport() {
        navigate(CadreListView.class);
        assertThat(has("import-lrmx")).isFalse();
        navigate(CadreView.class, String.valueOf(firstCadre()));
        assertThat(has("export-lrmx")).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void theAdministratorNeitherImportsNorExports() {
        navigate(CadreListView.class);
        assertThat(has("import-lrmx")).isFalse();
        navigate(CadreView.class, String.valueOf(firstCadre()));
        assertThat(has("export-lrmx")).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void theSupervisionOfficeNeitherImportsNorExports() {
        navigate(CadreListView.class);
        assertThat(has("import-lrmx")).isFalse();
        navigate(CadreView.class, String.valueOf(firstCadre()));
        assertThat(has("export-lrmx")).isFalse();
    }
}
