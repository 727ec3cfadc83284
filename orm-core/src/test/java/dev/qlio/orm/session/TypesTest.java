package dev.qlio.orm.session;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link TypesSuite} on each database. */
class TypesTest {

    @Nested
    class H2 extends TypesSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends TypesSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends TypesSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends TypesSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
