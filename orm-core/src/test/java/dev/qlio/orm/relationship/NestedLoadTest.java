package dev.qlio.orm.relationship;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link NestedLoadSuite} on each database. */
class NestedLoadTest {

    @Nested
    class H2 extends NestedLoadSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends NestedLoadSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends NestedLoadSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends NestedLoadSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
