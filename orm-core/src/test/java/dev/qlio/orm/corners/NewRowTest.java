package dev.qlio.orm.corners;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link NewRowSuite} on each database. */
class NewRowTest {

    @Nested
    class H2 extends NewRowSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends NewRowSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends NewRowSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends NewRowSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
