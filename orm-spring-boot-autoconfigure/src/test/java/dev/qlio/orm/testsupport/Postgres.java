package dev.qlio.orm.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests use (127.0.0.1:5432, database {@code test}, user {@code
 * postgres}, no password; override with {@code QLIO_TEST_PG_URL}, {@code QLIO_TEST_PG_USER}, {@code
 * QLIO_TEST_PG_PASSWORD}). When it is not reachable, tests are skipped with a message, unless
 * {@code QLIO_TEST_REQUIRE} names {@code postgresql} (or {@code all}): then they fail.
 */
public final class Postgres {

    private static volatile String unavailableReason;

    private static volatile boolean checked;

    private Postgres() {}

    public static String url() {
        return setting(
                "QLIO_TEST_PG_URL",
                "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=public&connectTimeout=3");
    }

    public static String user() {
        return setting("QLIO_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return setting("QLIO_TEST_PG_PASSWORD", "");
    }

    /** Spring Boot properties pointing the DataSource at the server. */
    public static String[] dataSourceProperties() {
        return new String[] {
            "spring.datasource.url=" + url(),
            "spring.datasource.username=" + user(),
            "spring.datasource.password=" + password()
        };
    }

    public static boolean isRequired() {
        String require = System.getenv("QLIO_TEST_REQUIRE");
        if (require == null) {
            require = System.getProperty("qlio.test.require", "");
        }
        String value = require.toLowerCase(Locale.ROOT);
        return value.contains("postgresql") || value.contains("all");
    }

    /**
     * Why the server cannot be used, or {@code null} when it can.
     *
     * @return the reason or {@code null}
     */
    public static synchronized String unavailableReason() {
        if (!checked) {
            try (Connection connection = DriverManager.getConnection(url(), user(), password())) {
                connection.isValid(3);
                unavailableReason = null;
            } catch (SQLException ex) {
                unavailableReason =
                        "PostgreSQL at "
                                + url()
                                + " is not reachable ("
                                + ex.getMessage()
                                + "); start it, or set QLIO_TEST_PG_URL";
            }
            checked = true;
        }
        return unavailableReason;
    }

    /** Skips the calling test when the server is unreachable, or fails it when it is required. */
    public static void assumeAvailable() {
        String reason = unavailableReason();
        if (reason != null) {
            if (isRequired()) {
                throw new IllegalStateException(reason + " (required by QLIO_TEST_REQUIRE)");
            }
            Assumptions.abort(reason);
        }
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return (value != null && !value.isEmpty()) ? value : fallback;
    }
}
