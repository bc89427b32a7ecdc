package org.cadreportal.accusation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/**
 * The clarification's countdown badge: working days left to the 20-working-day deadline, red once it has
 * passed. It carries {@code data-days-left} (the signed number) so tests and styles read it alike.
 */
final class Countdown {

    /** At or under this many working days left the badge turns amber. */
    private static final int SOON = 3;

    private Countdown() {
    }

    /** The badge for a case still counting down, with the deadline as its tooltip. */
    static Span badge(int daysLeft, LocalDate dueOn) {
        UI ui = UI.getCurrent();
        Span badge = new Span(daysLeft < 0 ? ui.getTranslation("accusation.countdown.overdue", -daysLeft)
                : ui.getTranslation("accusation.countdown.left", daysLeft));
        badge.addClassNames("portal-tag", "portal-countdown", daysLeft < 0 ? "portal-countdown-overdue"
                : daysLeft <= SOON ? "portal-countdown-soon" : "portal-countdown-running");
        badge.getElement().setAttribute("data-days-left", String.valueOf(daysLeft));
        if (dueOn != null) {
            badge.getElement().setAttribute("title", ui.getTranslation("accusation.countdown.dueOn", dueOn.toString()));
        }
        return badge;
    }
}
