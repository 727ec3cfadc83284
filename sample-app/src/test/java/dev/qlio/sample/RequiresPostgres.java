package dev.qlio.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only when the PostgreSQL server of the {@code postgres} profile is reachable
 * (127.0.0.1:5432, database {@code test}, user {@code postgres}; {@code QLIO_TEST_PG_URL}, {@code
 * QLIO_TEST_PG_USER}, {@code QLIO_TEST_PG_PASSWORD} override it): skipped with a message otherwise,
 * or failed when {@code QLIO_TEST_REQUIRE} names {@code postgresql} (or {@code all}). Evaluated
 * before the Spring context starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
@interface RequiresPostgres {

    /** The condition, and the server's coordinates. */
    final class Condition implements ExecutionCondition {

        private static volatile String unavailable;

        private static volatile boolean checked;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = unavailableReason();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL is reachable");
            }
            if (isRequired()) {
                throw new IllegalStateException(reason + " (required by QLIO_TEST_REQUIRE)");
            }
            return ConditionEvaluationResult.disabled(reason);
        }

        /** The JDBC URL of the server, with {@code currentSchema} set to {@code schema}. */
        static String url(String schema) {
            String url =
                    setting("QLIO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test")
                            .replaceAll("([?&])currentSchema=[^&]*&?", "$1")
                            .replaceAll("[?&]$", "");
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }

        static String user() {
            return setting("QLIO_TEST_PG_USER", "postgres");
        }

        static String password() {
            return setting("QLIO_TEST_PG_PASSWORD", "");
        }

        /** Drops a schema and everything in it. */
        static void dropSchema(String schema) throws SQLException {
            try (Connection connection =
                            DriverManager.getConnection(url("public"), user(), password());
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            }
        }

        private static synchronized String unavailableReason() {
            if (!checked) {
                String url = url("public") + "&connectTimeout=3";
                try (Connection connection = DriverManager.getConnection(url, user(), password())) {
                    connection.isValid(3);
                    unavailable = null;
                } catch (SQLException ex) {
                    unavailable =
                            "PostgreSQL at "
                                    + url
                                    + " is not reachable ("
                                    + ex.getMessage()
                                    + "); start it, or set QLIO_TEST_PG_URL";
                }
                checked = true;
            }
            return unavailable;
        }

        private static boolean isRequired() {
            String require = System.getenv("QLIO_TEST_REQUIRE");
            String value = require == null ? "" : require.toLowerCase(Locale.ROOT);
            return value.contains("postgresql") || value.contains("all");
        }

        private static String setting(String env, String fallback) {
            String value = System.getenv(env);
            return value != null && !value.isEmpty() ? value : fallback;
        }
    }
}
