package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.stream.Collectors;
import org.cadreportal.accusation.AccusationDetails;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.base.ui.RecordList;

/** The parts of a case page that list what was recorded: allegations with findings, meetings, clarifications. */
final class CaseSections {

    private CaseSections() {
    }

    /** 举报事项及认定: every allegation, against whom, and the finding with its reason once made. */
    static Grid<AccusationDetails.Allegation> allegations(AccusationDetails d) {
        UI ui = UI.getCurrent();
        Grid<AccusationDetails.Allegation> grid = new Grid<>(AccusationDetails.Allegation.class, false);
        grid.setId("case-allegations");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("portal-dense-grid");
        grid.addColumn(AccusationDetails.Allegation::ordinal).setHeader("#").setWidth("3em").setFlexGrow(0);
        grid.addColumn(AccusationDetails.Allegation::cadreName).setHeader(ui.getTranslation("accusation.field.accused"))
                .setWidth("6em").setFlexGrow(0);
        grid.addColumn(AccusationDetails.Allegation::content).setHeader(ui.getTranslation("accusation.field.allegation"))
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(a -> findingTag(a.finding())))
                .setHeader(ui.getTranslation("accusation.field.finding")).setWidth("6.5em").setFlexGrow(0);
        grid.addColumn(a -> a.reason() == null ? ""
                : a.reason()).setHeader(ui.getTranslation("accusation.field.reason"))
                .setFlexGrow(2);
        grid.setItems(d.header().allegations());
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Span findingTag(FindingType finding) {
        UI ui = UI.getCurrent();
        if (finding == null) {
            Span none = new Span(ui.getTranslation("accusation.finding.none"));
            none.addClassName("portal-muted");
            return none;
        }
        Span tag = new Span(ui.getTranslation(finding.labelKey()));
        tag.addClassNames("portal-tag", finding.clears() ? "portal-tag-active"
                : finding == FindingType.UNVERIFIABLE ? "portal-tag-retired" : "portal-tag-danger");
        tag.getElement().setAttribute("data-finding", finding.name());
        return tag;
    }

    /** 查诬联席会议: each meeting held on the case, oldest first. */
    static Div meetings(AccusationDetails d) {
        UI ui = UI.getCurrent();
        Div list = RecordList.of("case-meetings", "portal-records", d.steps().meetings(),
                empty(ui.getTranslation("accusation.meetings.empty")));
        for (int i = 0; i < d.steps().meetings().size(); i++) {
            AccusationDetails.Meeting m = d.steps().meetings().get(i);
            list.add(RecordList.entry(ui.getTranslation("accusation.meetings.number", i + 1) + " · "
                    + m.meetingDate(), m.recordedBy(), line("accusation.field.memberUnits", m.memberUnits()),
                    line("accusation.field.conclusions", m.conclusions())));
        }
        return list;
    }

    /** 澄清正名: each cadre cleared, how, before whom and of which allegations. */
    static Div clarifications(AccusationDetails d) {
        UI ui = UI.getCurrent();
        Div list = RecordList.of("case-clarifications", "portal-records", d.steps().clarifications(),
                empty(ui.getTranslation("accusation.clarifications.empty")));
        for (AccusationDetails.Clarification c : d.steps().clarifications()) {
            String methods = c.methods().stream().sorted().map(m -> ui.getTranslation(m.labelKey()))
                    .collect(Collectors.joining("、"));
            String cleared = c.allegationOrdinals().stream().map(String::valueOf).collect(Collectors.joining("、"));
            list.add(RecordList.entry(c.cadreName() + " · " + c.clarifiedOn(), c.recordedBy(),
                    line("accusation.field.methods", methods),
                    line("accusation.field.clearedAllegations", ui.getTranslation("accusation.allegation.numbers",
                            cleared)),
                    line("accusation.field.scopeUnits", c.scopeUnits()),
                    line("accusation.field.noticeText", c.noticeText())));
        }
        return list;
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("portal-muted");
        return p;
    }

    private static Div line(String labelKey, String value) {
        UI ui = UI.getCurrent();
        Div line = new Div(new Span(ui.getTranslation("common.label", ui.getTranslation(labelKey))),
                new Span(value == null ? "" : value));
        line.addClassName("portal-record-line");
        return line;
    }
}
