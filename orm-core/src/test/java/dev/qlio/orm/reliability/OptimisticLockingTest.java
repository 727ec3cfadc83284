package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link OptimisticLockingSuite} on each database. */
class OptimisticLockingTest {

    @Nested
    class H2 extends OptimisticLockingSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends OptimisticLockingSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends OptimisticLockingSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends OptimisticLockingSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
