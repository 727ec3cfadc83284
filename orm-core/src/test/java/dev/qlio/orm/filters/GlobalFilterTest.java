package dev.qlio.orm.filters;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link GlobalFilterSuite} on each database. */
class GlobalFilterTest {

    @Nested
    class H2 extends GlobalFilterSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends GlobalFilterSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends GlobalFilterSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends GlobalFilterSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
