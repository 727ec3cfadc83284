package dev.qlio.orm.types;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link TypeFidelitySuite} on each database. */
class TypeFidelityTest {

    @Nested
    class H2 extends TypeFidelitySuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends TypeFidelitySuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends TypeFidelitySuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends TypeFidelitySuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
