package dev.qlio.orm.session;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link WideTableSuite} on each database. */
class WideTableTest {

    @Nested
    class H2 extends WideTableSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends WideTableSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends WideTableSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends WideTableSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
