package org.cadreportal.supervision;

import java.util.List;

/**
 * Why an item's light is what it is: the rule its method selects (with the settings it reads) and the
 * inputs that decided, each a message key with arguments, translated where shown.
 */
public record LightExplanation(ControlMethod method, List<String> ruleArgs, String reasonKey, List<String> reasonArgs) {

    public String ruleKey() {
        return "supervision.rule." + method.name();
    }
}
