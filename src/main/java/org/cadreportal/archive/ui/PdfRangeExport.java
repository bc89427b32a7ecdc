package org.cadreportal.archive.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.PeriodRow;
import org.cadreportal.base.ui.Downloads;

/** 导出实绩档案PDF: one cadre's archive from one filing period to another. */
class PdfRangeExport extends HorizontalLayout {

    private final Select<PeriodRow> from = new Select<>();
    private final Select<PeriodRow> to = new Select<>();

    PdfRangeExport(ArchiveService archive, long cadreId) {
        addClassName("portal-filter-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        List<PeriodRow> periods = archive.periods();
        for (Select<PeriodRow> s : List.of(from, to)) {
            s.setItems(periods);
            s.setItemLabelGenerator(p -> p.name(getLocale()));
            s.setWidth("11em");
        }
        from.setLabel(getTranslation("archive.pdf.from"));
        to.setLabel(getTranslation("archive.pdf.to"));
        if (!periods.isEmpty()) {
            // Periods come newest first: the default range is the whole archive.
            from.setValue(periods.getLast());
            to.setValue(periods.getFirst());
        }
        Anchor pdf = new Anchor(Downloads.pdf("archive-" + cadreId + ".pdf", out -> archive.exportPdf(cadreId,
                from.getValue().id(), to.getValue().id(), out)), AttachmentType.DOWNLOAD,
                getTranslation("archive.action.pdf"));
        pdf.addClassName("portal-link-button");
        pdf.setId("archive-pdf");
        pdf.setEnabled(!periods.isEmpty());
        add(from, to, pdf);
    }
}
