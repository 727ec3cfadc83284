package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link FaultInjectionSuite} on the servers (the embedded databases have no connection to kill).
 */
class FaultInjectionTest {

    @Nested
    class PostgreSQL extends FaultInjectionSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }

        @Override
        String backendIdSql() {
            return "SELECT pg_backend_pid() AS pid";
        }

        @Override
        void kill(JdbcTemplate admin, long backendId) {
            // wait (up to 5 s) until the backend is gone, so the kill point is exact
            admin.queryForObject(
                    "SELECT pg_terminate_backend(?, 5000)", Boolean.class, (int) backendId);
        }

        @Override
        String slowSql() {
            return "SELECT pg_sleep(1) AS slept";
        }
    }

    @Nested
    class MariaDB extends FaultInjectionSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }

        @Override
        String backendIdSql() {
            return "SELECT CONNECTION_ID() AS pid";
        }

        @Override
        void kill(JdbcTemplate admin, long backendId) {
            admin.execute("KILL CONNECTION " + backendId);
        }

        @Override
        String slowSql() {
            return "SELECT SLEEP(1) AS slept";
        }
    }
}
