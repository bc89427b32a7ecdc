package org.cadreportal.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a user has typed into a case step's form, kept across a redraw of the case page on the same step
 * (a note added, someone else's change, a stale save), so nothing typed is lost. Only inputs whose id
 * starts with {@code field-} are kept; inputs meant to be emptied after use take another id.
 */
public final class TypedInput {

    private static final String PREFIX = "field-";

    private TypedInput() {
    }

    /** The values typed into {@code root}'s inputs, by input id. */
    public static Map<String, Object> read(Component root) {
        Map<String, Object> values = new HashMap<>();
        inputs(root, (id, field) -> {
            if (!field.isEmpty()) {
                values.put(id, field.getValue());
            }
        });
        return values;
    }

    /** Puts values read from the page before its redraw back into the inputs with the same ids. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void restore(Component root, Map<String, Object> values) {
        if (values.isEmpty()) {
            return;
        }
        inputs(root, (id, field) -> {
            if (values.containsKey(id)) {
                ((HasValue) field).setValue(values.get(id));
            }
        });
    }

    private static void inputs(Component root, BiConsumer<String, HasValue<?, ?>> each) {
        root.getChildren().forEach(child -> {
            String id = child.getId().orElse("");
            if (id.startsWith(PREFIX) && child instanceof HasValue<?, ?> field) {
                each.accept(id, field);
            }
            inputs(child, each);
        });
    }
}
