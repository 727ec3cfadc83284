package dev.qlio.orm.autoconfigure.replica;

import dev.qlio.orm.testsupport.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL streaming replica of the test server ({@code .ci/replica start}): its JDBC URL in
 * {@code QLIO_TEST_PG_REPLICA_URL}. Without it the replica suites are skipped, unless {@code
 * QLIO_TEST_REQUIRE} names {@code replica} or {@code all} ({@code .ci/run} names it): then they
 * fail.
 */
final class StreamingReplica {

    private StreamingReplica() {}

    static String url() {
        String url = System.getenv("QLIO_TEST_PG_REPLICA_URL");
        String required = System.getenv("QLIO_TEST_REQUIRE");
        boolean isRequired = false;
        if (required != null && !required.startsWith("${")) {
            for (String name : required.toLowerCase(Locale.ROOT).split(",")) {
                isRequired |= name.trim().equals("replica") || name.trim().equals("all");
            }
        }
        if (url == null || url.isBlank() || url.startsWith("${")) {
            String reason =
                    "no PostgreSQL streaming replica: run .ci/replica start and set"
                            + " QLIO_TEST_PG_REPLICA_URL=$(.ci/replica url <database>)";
            if (isRequired) {
                Assertions.fail(reason + " [required by QLIO_TEST_REQUIRE]");
            }
            Assumptions.abort(reason);
        }
        try (Connection c = connect(url)) {
            if (!query(c, "SELECT pg_is_in_recovery()").equals("t")) {
                Assertions.fail(url + " is not a hot standby (pg_is_in_recovery() is false)");
            }
        } catch (SQLException ex) {
            String reason = "replica at " + url + " is not reachable: " + ex.getMessage();
            if (isRequired) {
                Assertions.fail(reason + " [required by QLIO_TEST_REQUIRE]");
            }
            Assumptions.abort(reason);
        }
        return url;
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, Postgres.user(), Postgres.password());
    }

    static String query(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            String value = rs.getString(1);
            return value == null ? "null" : value;
        }
    }

    /** Pauses WAL replay and waits until the replica has actually stopped replaying. */
    static void pauseReplay(String url) throws SQLException {
        try (Connection c = connect(url)) {
            query(c, "SELECT pg_wal_replay_pause()");
            await(
                    () -> {
                        try {
                            return query(c, "SELECT pg_get_wal_replay_pause_state()")
                                    .equals("paused");
                        } catch (SQLException ex) {
                            throw new IllegalStateException(ex);
                        }
                    },
                    Duration.ofSeconds(10),
                    "replay paused");
        }
    }

    static void resumeReplay(String url) throws SQLException {
        try (Connection c = connect(url)) {
            query(c, "SELECT pg_wal_replay_resume()");
        }
    }

    /** Waits until the replica has replayed everything the primary has written so far. */
    static void catchUp(String url) throws SQLException {
        String lsn;
        try (Connection p =
                DriverManager.getConnection(Postgres.url(), Postgres.user(), Postgres.password())) {
            lsn = query(p, "SELECT pg_current_wal_lsn()");
        }
        try (Connection c = connect(url)) {
            await(
                    () -> {
                        try {
                            return query(
                                            c,
                                            "SELECT pg_last_wal_replay_lsn() >= '"
                                                    + lsn
                                                    + "'::pg_lsn")
                                    .equals("t");
                        } catch (SQLException ex) {
                            throw new IllegalStateException(ex);
                        }
                    },
                    Duration.ofSeconds(30),
                    "replica caught up to " + lsn);
        }
    }

    static void await(BooleanSupplier condition, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                Assertions.fail("timed out after " + limit + " waiting for: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                Assertions.fail("interrupted waiting for: " + what);
            }
        }
    }
}
