package dev.qlio.orm.keyset;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link KeysetSuite} on each database (NULLs sort low on three of them, high on PostgreSQL). */
class KeysetTest {

    @Nested
    class H2 extends KeysetSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends KeysetSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends KeysetSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends KeysetSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
