package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link WrongRowSuite} on each database. */
class WrongRowTest {

    @Nested
    class H2 extends WrongRowSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends WrongRowSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends WrongRowSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends WrongRowSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
