package dev.qlio.orm.session;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link InjectionSuite} on each database. */
class InjectionTest {

    @Nested
    class H2 extends InjectionSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends InjectionSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends InjectionSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends InjectionSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
