package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import java.util.function.Supplier;
import org.cadreportal.assessment.AssessmentExports;
import org.cadreportal.assessment.GroupRow;
import org.cadreportal.base.ui.Downloads;
import org.cadreportal.base.ui.ExportDialog;

/**
 * The download links of 政绩考核 results, kept here so the views only place them: a unit's result sheet in Excel
 * and as a printed PDF, and a group's ranking in Excel (in the background, with progress: a province's group
 * holds thousands of units).
 */
final class ResultDownloads {

    private ResultDownloads() {
    }

    /** 导出 Excel and 打印 PDF of a unit's result sheet. */
    static Anchor[] sheet(AssessmentExports exports, long planId, long unitId, String fileBase) {
        Anchor excel = Downloads.exportLink(Downloads.excel(fileBase + ".xlsx",
                out -> exports.writeSheet(planId, unitId, out)), "assessment-sheet-excel");
        Anchor pdf = new Anchor(Downloads.pdf(fileBase + ".pdf", out -> exports.printSheet(planId, unitId, out)),
                AttachmentType.DOWNLOAD, UI.getCurrent().getTranslation("assessment.export.pdf"));
        pdf.setId("assessment-sheet-pdf");
        pdf.addClassName("portal-link-button");
        return new Anchor[] {excel, pdf};
    }

    /** 导出排名: the ranking of the group chosen when clicked. */
    static Button ranking(AssessmentExports exports, Supplier<Long> planId, Supplier<GroupRow> group) {
        UI ui = UI.getCurrent();
        Button export = new Button(ui.getTranslation("assessment.export.ranking"), e -> {
            GroupRow g = group.get();
            if (g == null) {
                return;
            }
            long plan = planId.get();
            ExportDialog.start(ui.getTranslation("assessment.export.rankingTitle", g.name()),
                    "ranking-" + plan + "-" + g.code() + ".xlsx", Downloads.XLSX,
                    (out, progress) -> exports.writeRanking(plan, g.id(), out, progress));
        });
        export.setId("assessment-ranking-export");
        return export;
    }
}
