package org.cadreportal.archive.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.cadreportal.archive.EntryRow;

/**
 * 我的实绩 on a narrow screen (a phone): each entry becomes one card (what was done, the period, the status
 * tag, the score) in the grid's only visible column, so the status never lies off the screen; a wide window
 * keeps the usual columns. It is the same lazy grid either way, switched by the window's width.
 */
final class EntryCards {

    /** Below this width (CSS pixels) the columns do not fit and the cards are shown. */
    static final int NARROW = 700;

    private EntryCards() {
    }

    static void install(Grid<EntryRow> grid) {
        Grid.Column<EntryRow> cards = grid.addComponentColumn(EntryCards::card)
                .setHeader(grid.getTranslation("archive.mine.cards")).setKey("card").setFlexGrow(1);
        fit(grid, cards, Integer.MAX_VALUE);
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(d -> fit(grid, cards, d.getWindowInnerWidth()));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> fit(grid, cards, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void fit(Grid<EntryRow> grid, Grid.Column<EntryRow> cards, int width) {
        boolean narrow = width > 0 && width < NARROW;
        grid.getColumns().forEach(c -> c.setVisible(c == cards ? narrow : !narrow));
        grid.setClassName("portal-entry-cards", narrow);
    }

    private static Div card(EntryRow r) {
        Span title = new Span(r.whatDone());
        title.addClassName("portal-entry-card-title");
        Span period = new Span(r.period().in(UI.getCurrent().getLocale()));
        period.addClassName("portal-entry-card-period");
        Span status = new Span(EntryTags.status(r.status()));
        status.addClassName("portal-entry-card-status");
        Div facts = new Div(period, status);
        if (r.late()) {
            facts.add(EntryTags.late());
        }
        if (r.scoreTotal() != null) {
            Span score = new Span(UI.getCurrent().getTranslation("archive.mine.cardScore", r.scoreTotal()));
            score.addClassName("portal-entry-card-score");
            facts.add(score);
        }
        facts.addClassName("portal-entry-card-facts");
        Div card = new Div(title, facts);
        card.addClassName("portal-entry-card");
        return card;
    }
}
