package dev.qlio.orm.projection;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link ProjectionSuite} on each database. */
class ProjectionTest {

    @Nested
    class H2 extends ProjectionSuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends ProjectionSuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends ProjectionSuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends ProjectionSuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
