package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A {@link HomeCard} listing the first few records that concern the user (his cases waiting, his items, his unread
 * notices): its title with how many there are in all, then a line per record, each linking to it. Hidden from a
 * user who does not deal with such records, and when there are none.
 */
public abstract class RecordsCard<T> extends ConcernedRecords<T> implements HomeCard {

    private final int shown;

    /**
     * @param titleKey  the title's text, given how many there are in all
     * @param shown     how many lines the card shows at most
     * @param concerned whether the signed-in user deals with such records at all
     * @param records   a page of the records, with how many there are in all
     */
    protected RecordsCard(String id, String titleKey, int shown, BooleanSupplier concerned,
                          Function<Pageable, Page<T>> records) {
        super(id, titleKey, concerned, records);
        this.shown = shown;
    }

    /** The line of one record, with its link; the card marks it as a line. */
    protected abstract Div line(UI ui, T row);

    /** Below the lines: the link to the whole list, for a card that has one. */
    protected Optional<Component> all(UI ui) {
        return Optional.empty();
    }

    @Override
    public final Optional<Component> card() {
        return first(shown).<Component>map(first -> {
            UI ui = UI.getCurrent();
            Div card = HomeCard.records(id(), ui.getTranslation(titleKey(), first.getTotalElements()));
            for (T row : first) {
                Div line = line(ui, row);
                line.addClassName("portal-record");
                card.add(line);
            }
            all(ui).ifPresent(card::add);
            return card;
        });
    }
}
