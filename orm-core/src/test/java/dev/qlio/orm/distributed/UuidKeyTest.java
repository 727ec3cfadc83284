package dev.qlio.orm.distributed;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link UuidKeySuite} on every database. */
class UuidKeyTest {

    @Nested
    class H2 extends UuidKeySuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends UuidKeySuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends UuidKeySuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends UuidKeySuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
