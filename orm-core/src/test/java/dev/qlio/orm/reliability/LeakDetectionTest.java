package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link LeakDetectionSuite} on each database. */
class LeakDetectionTest {

    @Nested
    class H2 extends LeakDetectionSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends LeakDetectionSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends LeakDetectionSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends LeakDetectionSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
