package org.cadreportal.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.math.RoundingMode;
import org.cadreportal.assessment.AssessmentExports;
import org.cadreportal.assessment.AppealService;
import org.cadreportal.assessment.AssessmentService;
import org.cadreportal.assessment.SheetLine;
import org.cadreportal.assessment.UnitSheet;
import org.cadreportal.base.ui.RouteIds;
import org.cadreportal.base.ui.ViewToolbar;
import org.cadreportal.security.roles.AssessmentReaders;

/**
 * A unit's result sheet (考核结果单): its total, rank and grade, and every indicator's score; a click on a line
 * opens its explanation (the formula, the inputs and group values, the data row or the events behind it).
 */
@Route("assessment/:planId/unit/:unitId")
@AssessmentReaders
public class UnitSheetView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessment;
    private final AssessmentExports exports;
    private final AppealService appeals;
    private String title = "";

    public UnitSheetView(AssessmentService assessment, AssessmentExports exports, AppealService appeals) {
        this.assessment = assessment;
        this.exports = exports;
        this.appeals = appeals;
        addClassName("portal-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.named(event.getRouteParameters(), "planId");
        long unitId = RouteIds.named(event.getRouteParameters(), "unitId");
        UnitSheet sheet = assessment.sheet(planId, unitId);
        removeAll();
        title = getTranslation("assessment.sheet.title", String.valueOf(sheet.year()), sheet.result().unitName());
        add(new ViewToolbar(title, ResultDownloads.sheet(exports, planId, unitId,
                sheet.year() + "-" + sheet.result().unitCode())));
        Paragraph head = new Paragraph(getTranslation("assessment.sheet.summary", sheet.groupName(),
                sheet.result().total().setScale(2, RoundingMode.HALF_UP).toPlainString(), sheet.result().rank(),
                getTranslation(sheet.result().grade().labelKey())));
        head.setId("assessment-sheet-summary");
        Grid<SheetLine> grid = new Grid<>(SheetLine.class, false);
        grid.setId("assessment-sheet");
        grid.setEmptyStateText(getTranslation("assessment.indicators.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(SheetLine::code).setHeader(getTranslation("assessment.col.indicatorCode")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SheetLine::name).setHeader(getTranslation("assessment.col.indicatorName")).setFlexGrow(3);
        grid.addColumn(SheetLine::dimension).setHeader(getTranslation("assessment.dimension"));
        grid.addColumn(l -> getTranslation(l.method().labelKey())).setHeader(getTranslation("assessment.method"));
        grid.addColumn(l -> l.weight().stripTrailingZeros().toPlainString()).setHeader(getTranslation("assessment.weight"));
        grid.addColumn(l -> l.score().setScale(2, RoundingMode.HALF_UP).toPlainString())
                .setHeader(getTranslation("assessment.score.column"));
        if (appeals.canAppeal(planId, unitId)) {
            grid.addComponentColumn(l -> appealButton(planId, unitId, l)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addItemClickListener(e -> new ExplanationDialog(assessment, planId, unitId, e.getItem()).open());
        grid.setItems(sheet.lines());
        grid.setHeight("65vh");
        add(head, new Paragraph(getTranslation("assessment.sheet.help")), grid);
    }

    /** 申诉 on a line during 公示; its click does not reach the grid, so the explanation does not open as well. */
    private Button appealButton(long planId, long unitId, SheetLine line) {
        Button b = new Button(getTranslation("assessment.appeal.file"), e -> new AppealDialog(appeals, planId, unitId,
                line).open());
        b.setId("appeal-file-" + line.code());
        b.addClassName("appeal-file");
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return b;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
