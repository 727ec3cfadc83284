package dev.qlio.orm.reliability;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link UnitOfWorkSuite} on each database. */
class UnitOfWorkTest {

    @Nested
    class H2 extends UnitOfWorkSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends UnitOfWorkSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends UnitOfWorkSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends UnitOfWorkSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
