package dev.qlio.orm.schema.types;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link CustomTypeSuite} on each database. */
class CustomTypeTest {

    @Nested
    class H2 extends CustomTypeSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends CustomTypeSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends CustomTypeSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends CustomTypeSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
