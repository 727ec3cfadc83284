package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link HostileInputSuite} on each database. */
class HostileInputTest {

    @Nested
    class H2 extends HostileInputSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends HostileInputSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends HostileInputSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends HostileInputSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
