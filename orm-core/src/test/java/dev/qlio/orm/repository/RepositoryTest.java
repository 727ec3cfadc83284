package dev.qlio.orm.repository;

import dev.qlio.orm.testing.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link RepositorySuite} on each database. */
class RepositoryTest {

    @Nested
    class H2 extends RepositorySuite {
        H2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class PostgreSQL extends RepositorySuite {
        PostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    @Nested
    class MariaDB extends RepositorySuite {
        MariaDB() {
            super(TestDatabase.MARIADB);
        }
    }

    @Nested
    class SQLite extends RepositorySuite {
        SQLite() {
            super(TestDatabase.SQLITE);
        }
    }
}
