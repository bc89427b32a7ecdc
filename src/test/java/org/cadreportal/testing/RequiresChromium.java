package org.cadreportal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (with the reason printed) when Chromium is not installed; with CI=true, fails instead. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Environment.chromiumPresent()) {
                return ConditionEvaluationResult.enabled("Chromium present");
            }
            String reason = "Chromium not found at " + Environment.CHROMIUM;
            if (Environment.isCi()) {
                throw new IllegalStateException(reason + " — required when CI=true");
            }
            System.out.println("SKIPPED " + context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
