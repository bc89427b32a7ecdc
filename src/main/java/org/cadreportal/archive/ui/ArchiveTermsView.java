package org.cadreportal.archive.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.TermKind;
import org.cadreportal.archive.TermRow;
import org.cadreportal.base.ListEntryForm;
import org.cadreportal.base.ui.Binders;
import org.cadreportal.base.ui.EditDialog;
import org.cadreportal.base.ui.ListEntryGrid;
import org.cadreportal.base.ui.RedrawnPage;
import org.cadreportal.security.AppRoles;

/** 实绩分类设置: the administrator's lists of 领域, 层级, 类别 for entries and the 一线 types of inspections. */
@Route("admin/archive-terms")
@RolesAllowed(AppRoles.ADMIN)
@Menu(title = "menu.archiveTerms", order = 95, icon = "vaadin:tags")
public class ArchiveTermsView extends RedrawnPage {

    private final ArchiveService archive;

    public ArchiveTermsView(ArchiveService archive) {
        super("archive.terms.title");
        this.archive = archive;
        render();
    }

    @Override
    protected void draw() {
        for (TermKind kind : TermKind.values()) {
            section(kind);
        }
    }

    private void section(TermKind kind) {
        List<TermRow> rows = archive.terms(kind, false);
        ListEntryGrid<TermRow> grid = new ListEntryGrid<>(rows, TermRow::sortOrder, TermRow::nameZh, TermRow::nameEn,
                TermRow::active, r -> edit(kind, r, rows));
        grid.setId("terms-" + kind.name().toLowerCase(Locale.ROOT));
        add(ListEntryGrid.head(kind.labelKey(), "archive.terms.add", "add-term-" + kind.name().toLowerCase(Locale.ROOT),
                () -> edit(kind, null, rows)), grid);
    }

    /** A new entry goes to the end of its list unless the administrator places it elsewhere. */
    private void edit(TermKind kind, TermRow row, List<TermRow> rows) {
        BeanValidationBinder<ListEntryForm> binder = Binders.of(ListEntryForm.class);
        ListEntryForm form;
        if (row == null) {
            form = new ListEntryForm();
            form.setSortOrder(Math.min(999, rows.stream().mapToInt(TermRow::sortOrder).max().orElse(0) + 1));
        } else {
            form = ListEntryForm.of(row.nameZh(), row.nameEn(), row.sortOrder(), row.active());
        }
        String title = getTranslation(kind.labelKey()) + " · "
                + getTranslation(row == null ? "archive.terms.add" : "action.edit");
        EditDialog.open(title, ListEntryGrid.fields(binder), binder, form,
                f -> archive.saveTerm(kind, row == null ? null : row.id(), row == null ? null : row.version(), f),
                this::render);
    }
}
