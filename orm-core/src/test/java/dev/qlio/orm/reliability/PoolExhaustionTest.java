package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link PoolExhaustionSuite} on each database. */
class PoolExhaustionTest {

    @Nested
    class H2 extends PoolExhaustionSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends PoolExhaustionSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends PoolExhaustionSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends PoolExhaustionSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
