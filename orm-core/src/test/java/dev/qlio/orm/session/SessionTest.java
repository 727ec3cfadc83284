package dev.qlio.orm.session;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link SessionSuite} on each database. */
class SessionTest {

    @Nested
    class H2 extends SessionSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends SessionSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends SessionSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends SessionSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
