package org.cadreportal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/** A tab's content loaded when the tab is first shown, not with the page. */
public final class LazyContent {

    private LazyContent() {
    }

    public static Component of(Supplier<? extends Component> content) {
        Div holder = new Div();
        holder.setWidthFull();
        holder.addAttachListener(e -> {
            if (holder.getChildren().findAny().isEmpty()) {
                holder.add(content.get());
            }
        });
        return holder;
    }
}
