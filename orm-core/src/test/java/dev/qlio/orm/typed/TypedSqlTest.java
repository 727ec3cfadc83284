package dev.qlio.orm.typed;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link TypedSqlSuite} on each database. */
class TypedSqlTest {

    @Nested
    class H2 extends TypedSqlSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends TypedSqlSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends TypedSqlSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends TypedSqlSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
