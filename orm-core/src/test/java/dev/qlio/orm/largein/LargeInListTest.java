package dev.qlio.orm.largein;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link LargeInListSuite} on each database. */
class LargeInListTest {

    @Nested
    class H2 extends LargeInListSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends LargeInListSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends LargeInListSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends LargeInListSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
