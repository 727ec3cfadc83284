package dev.qlio.orm.internal.ddl;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** Runs {@link DdlSuite} on every database. */
class DdlTest {

    @Nested
    class H2 extends DdlSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends DdlSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends DdlSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends DdlSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
