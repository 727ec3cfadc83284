package dev.qlio.orm.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when {@link Postgres} is reachable; skips it with a message otherwise, or
 * fails when {@code QLIO_TEST_REQUIRE} names {@code postgresql}. Evaluated before any Spring
 * context is loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    /** The condition. */
    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = Postgres.unavailableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
            }
            if (Postgres.isRequired()) {
                throw new IllegalStateException(reason + " (required by QLIO_TEST_REQUIRE)");
            }
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
