package dev.qlio.orm.typed;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link FunctionsSuite} on each database. */
class FunctionsTest {

    @Nested
    class H2 extends FunctionsSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends FunctionsSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends FunctionsSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends FunctionsSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
