package org.cadreportal.accusation.ui;

import org.cadreportal.base.ui.AriaFixes;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.cadreportal.accusation.FindingType;

/**
 * The finding on one allegation: the conclusion and its reason. The service names their fields
 * {@code finding-<key>} and {@code reason-<key>}, the key being the allegation's id in the full procedure
 * and its place in the list in the quick log.
 */
class FindingInput extends Div {

    private final Select<FindingType> finding = new Select<>();
    private final TextArea reason = new TextArea();

    FindingInput(String key) {
        addClassName("portal-finding-input");
        finding.setLabel(getTranslation("accusation.field.finding"));
        finding.setItems(FindingType.values());
        finding.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.labelKey()));
        finding.setPlaceholder(getTranslation("accusation.finding.choose"));
        AriaFixes.requiredMark(finding).setRequiredIndicatorVisible(true);
        finding.setWidth("10em");
        reason.setLabel(getTranslation("accusation.field.reason"));
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setMinHeight("4.5em");
        reason.addClassName("portal-grow");
        setKey(key);
        add(finding, reason);
    }

    /** Names the inputs after the allegation's key (again, when a row above it was removed). */
    void setKey(String key) {
        finding.setId("field-finding-" + key);
        reason.setId("field-reason-" + key);
    }

    void putFields(Map<String, HasValidation> fields, String key) {
        fields.put("finding-" + key, finding);
        fields.put("reason-" + key, reason);
    }

    FindingType finding() {
        return finding.getValue();
    }

    String reason() {
        return reason.getValue();
    }

    void onFindingChange(Runnable listener) {
        finding.addValueChangeListener(e -> listener.run());
    }
}
