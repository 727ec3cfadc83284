package dev.qlio.orm.typed;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link KeysetAndLocksSuite} on each database. */
class KeysetAndLocksTest {

    @Nested
    class H2 extends KeysetAndLocksSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends KeysetAndLocksSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends KeysetAndLocksSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends KeysetAndLocksSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
