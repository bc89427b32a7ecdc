package org.cadreportal.cadre.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.function.Function;
import org.cadreportal.base.ui.ImportDialog;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.LrmxExchange;
import org.cadreportal.cadre.LrmxImportResult;
import org.cadreportal.cadre.LrmxImportResult.FileError;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.org.OrgService;
import org.cadreportal.org.UnitNode;
import org.cadreportal.security.CurrentUser;

/**
 * 导入任免审批表 (LRMX): one {@code .lrmx} file or a zip of them. A file finds its cadre by 身份证号 and
 * updates the profile; a file for a cadre the registry does not have creates one in the unit chosen here
 * (LRMX carries no unit, post level or category). Everything is checked first: one bad file or field and
 * nothing is saved, and every problem is listed with its file and field.
 */
class LrmxImportDialog extends ImportDialog<LrmxImportResult> {

    private final LrmxExchange exchange;
    private final Runnable onImported;
    private final ComboBox<UnitNode> unit = new ComboBox<>();
    private final Select<CadreRank> rank = new Select<>();
    private final Select<ManagementLevel> level = new Select<>();
    private final Select<CadreCategory> category = new Select<>();

    LrmxImportDialog(LrmxExchange exchange, OrgService org, CurrentUser user, Runnable onImported) {
        super("lrmx.import.title", LrmxExchange.MAX_UPLOAD_BYTES, "lrmx-upload", "lrmx-result", "lrmx-message");
        this.exchange = exchange;
        this.onImported = onImported;
        // Room for the four choices a new cadre needs side by side.
        setWidth("min(960px, 95vw)");

        unit.setLabel(getTranslation("lrmx.import.unit"));
        unit.setItems(org.subtree(user.scopeUnitId()));
        unit.setItemLabelGenerator(UnitNode::indentedName);
        unit.setClearButtonVisible(true);
        unit.setId("lrmx-unit");
        choice(rank, CadreRank.values(), CadreRank::labelKey, "cadre.field.rank", "lrmx-rank");
        choice(level, ManagementLevel.values(), ManagementLevel::labelKey, "cadre.field.level", "lrmx-level");
        choice(category, CadreCategory.values(), CadreCategory::labelKey, "cadre.field.category", "lrmx-category");
        FormLayout newCadres = new FormLayout(unit, rank, level, category);
        newCadres.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 4));

        upload().setAcceptedFileTypes(".lrmx", ".zip");
        upload().addFileRejectedListener(e -> report(getTranslation("lrmx.import.fileRejected",
                LrmxExchange.MAX_UPLOAD_BYTES / 1024 / 1024)));
        add(new Paragraph(getTranslation("lrmx.import.help")), new Paragraph(getTranslation("lrmx.import.newHelp")),
                newCadres, upload(), result());
    }

    @Override
    protected LrmxImportResult importFile(String name, byte[] content) {
        return exchange.importFiles(name, content, newCadres());
    }

    private LrmxExchange.NewCadres newCadres() {
        return new LrmxExchange.NewCadres(unit.getValue() == null ? null : unit.getValue().id(), rank.getValue(),
                level.getValue(), category.getValue());
    }

    private <E extends Enum<E>> void choice(Select<E> select, E[] values, Function<E, String> key, String labelKey,
                                            String id) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(v -> v == null ? "" : getTranslation(key.apply(v)));
        select.setId(id);
    }

    @Override
    protected void show(LrmxImportResult outcome) {
        if (outcome.saved()) {
            report(getTranslation("lrmx.import.saved", outcome.added(), outcome.updated(), outcome.unchanged()));
            onImported.run();
            return;
        }
        Grid<FileError> errors = new Grid<>(FileError.class, false);
        errors.setId("lrmx-errors");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.addColumn(FileError::file).setHeader(getTranslation("lrmx.import.file")).setAutoWidth(true);
        errors.addColumn(e -> fieldLabel(e.element())).setHeader(getTranslation("lrmx.import.field")).setAutoWidth(true);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("lrmx.import.reason")).setFlexGrow(1);
        errors.setItems(outcome.errors());
        errors.setHeight("18em");
        report(getTranslation("lrmx.import.rejected", outcome.errors().size()), errors);
    }

    /** The form's name of an element ("家庭主要成员及重要社会关系 2 · 姓名"), with the element itself for the editor's users. */
    private String fieldLabel(String element) {
        if (element == null || element.isEmpty()) {
            return "";
        }
        String[] parts = element.split("/");
        String leaf = parts[parts.length - 1];
        String label = getTranslation("lrmx.field." + leaf);
        if (parts.length == 3) {
            String item = parts[1].replaceAll("\\D", "");
            label = getTranslation("lrmx.field." + parts[0]) + " " + item + " · " + label;
        }
        return label + " (" + leaf + ")";
    }
}
